package ee.lim.plugin.oneroster.internal;

import java.util.Map;

/**
 * One accepted row of a OneRoster file: the columns LIM reads and where the row came from.
 *
 * @param sourcedId the row's sourcedId
 * @param values the columns LIM reads, trimmed, by name; absent columns are missing from the map
 * @param file the file name relative to the input, such as {@code users.csv} or {@code
 *     delta-1/users.csv}
 * @param line the 1-based line of the row
 */
record RosterRecord(String sourcedId, Map<String, String> values, String file, long line) {
    /**
     * Returns a column's value.
     *
     * @param column the column name
     * @return the trimmed value, or {@code ""} when empty or absent
     */
    String get(String column) {
        return values.getOrDefault(column, "");
    }
}
