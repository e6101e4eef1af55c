package ee.lim.examples.report;

import java.util.Objects;

/**
 * A record an import rejected or warned about, by place and reason, never by content.
 *
 * @param file the file name; never {@code null}
 * @param line the 1-based line, or 0 for the whole file
 * @param column the column, or {@code ""}; never {@code null}
 * @param severity {@code "REJECTED"} or {@code "WARNING"}; never {@code null}
 * @param reason what was wrong; never {@code null}
 */
public record ProblemRow(String file, long line, String column, String severity, String reason) {
    /**
     * Creates the record.
     *
     * @param file the file name
     * @param line the line
     * @param column the column
     * @param severity the severity
     * @param reason the reason
     * @throws NullPointerException if a reference argument is {@code null}
     */
    public ProblemRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
    }
}
