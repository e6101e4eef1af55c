package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One rejected record or one warning from an import: where it is and why.
 *
 * <p>The reason never quotes a value that may be personal data.
 *
 * @param file the file name relative to the input, never {@code null}
 * @param line the 1-based physical line of the record, or 0 when the problem concerns the file
 * @param column the column name or 1-based number, or {@code ""} when the whole record is meant
 * @param reason what is wrong and what would fix it; never {@code null} or blank
 * @param severity whether the record was rejected or only noted
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ImportProblem(
        String file, long line, String column, String reason, Severity severity) {

    /** How a problem affected the import. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Severity {
        /** The record was rejected; nothing of it was loaded. */
        REJECTED,
        /** The record was loaded, but something in it was ignored or assumed. */
        WARNING
    }

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param file the file name relative to the input, never {@code null}
     * @param line the 1-based physical line of the record, or 0 when the problem concerns the file
     * @param column the column name or 1-based number, or {@code ""} when the whole record is meant
     * @param reason what is wrong and what would fix it; never {@code null} or blank
     * @param severity whether the record was rejected or only noted
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public ImportProblem {
        Checks.present(file, "ImportProblem.file");
        Checks.require(
                line >= 0, "ImportProblem.line", "ImportProblem.line must be >= 0, got " + line);
        Checks.present(column, "ImportProblem.column");
        Checks.notBlank(reason, "ImportProblem.reason");
        Checks.present(severity, "ImportProblem.severity");
    }

    /**
     * Creates a rejection.
     *
     * @param file the file name
     * @param line the 1-based line, or 0 for the whole file
     * @param column the column, or {@code ""}
     * @param reason what is wrong
     * @return the problem
     */
    public static ImportProblem rejected(String file, long line, String column, String reason) {
        return new ImportProblem(file, line, column, reason, Severity.REJECTED);
    }

    /**
     * Creates a warning.
     *
     * @param file the file name
     * @param line the 1-based line, or 0 for the whole file
     * @param column the column, or {@code ""}
     * @param reason what was ignored or assumed
     * @return the problem
     */
    public static ImportProblem warning(String file, long line, String column, String reason) {
        return new ImportProblem(file, line, column, reason, Severity.WARNING);
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        String col = column.isEmpty() ? "" : " [" + column + "]";
        return severity + " " + where + col + ": " + reason;
    }
}
