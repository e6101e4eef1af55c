package ee.lim.plugin.uci.internal;

import org.apache.commons.csv.CSVRecord;

/**
 * A data record with the physical lines it spans.
 *
 * @param line the 1-based line where the record starts
 * @param endLine the line where it ends; larger than {@code line} when a quoted field spans lines
 * @param record the parsed fields
 */
record Row(long line, long endLine, CSVRecord record) {
    /**
     * Returns the number of fields.
     *
     * @return the field count
     */
    int size() {
        return record.size();
    }

    /**
     * Returns a field.
     *
     * @param index the 0-based index, below {@link #size()}
     * @return the raw value
     */
    String get(int index) {
        return record.get(index);
    }
}
