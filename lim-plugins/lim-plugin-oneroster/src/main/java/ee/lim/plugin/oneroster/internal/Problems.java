package ee.lim.plugin.oneroster.internal;

import ee.lim.spi.ImportProblem;
import java.util.ArrayList;
import java.util.List;

/** The problems of one import in the order they were found. Not thread-safe. */
final class Problems {
    private final List<ImportProblem> list = new ArrayList<>();

    /**
     * Records a rejected record.
     *
     * @param file the file name
     * @param line the 1-based line
     * @param column the column name, or {@code ""}
     * @param reason why; never quotes a value
     */
    void reject(String file, long line, String column, String reason) {
        list.add(ImportProblem.rejected(file, line, column, reason));
    }

    /**
     * Records a warning about a record that was loaded.
     *
     * @param file the file name
     * @param line the 1-based line, or 0 for the whole file
     * @param column the column name, or {@code ""}
     * @param reason what was ignored or assumed
     */
    void warn(String file, long line, String column, String reason) {
        list.add(ImportProblem.warning(file, line, column, reason));
    }

    /**
     * Returns the problems so far.
     *
     * @return an unmodifiable copy
     */
    List<ImportProblem> list() {
        return List.copyOf(list);
    }
}
