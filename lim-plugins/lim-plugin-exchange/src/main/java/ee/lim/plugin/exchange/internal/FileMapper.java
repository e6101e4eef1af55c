package ee.lim.plugin.exchange.internal;

import ee.lim.spi.model.Observation;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns the rows of one exchange file into records for the sink. Subclasses name their columns,
 * look up the positions once per file in {@link #bind}, and map each row in {@link #map}, throwing
 * {@link RejectedRow} for a bad value. The caller passes each mapped record to {@link #send}, so
 * that an exception from the sink is never mistaken for a bad row.
 */
abstract class FileMapper {
    final ImportState state;

    FileMapper(ImportState state) {
        this.state = state;
    }

    /** Returns the file name, such as {@code attendance.csv}. */
    abstract String file();

    /** Returns the record kind counted in the report, such as {@code attendance}. */
    abstract String kind();

    /** Returns the columns the header must contain. */
    abstract List<String> requiredColumns();

    /** Returns the columns the header may contain; absent ones read as empty values. */
    abstract List<String> optionalColumns();

    /** Tells whether a column outside the fixed ones is meaningful, such as an attribute. */
    boolean isExtraColumn(String name) {
        return false;
    }

    /** Looks up the column positions in the header. */
    abstract void bind(Header header);

    /**
     * Maps one row to its record.
     *
     * @param row the row, with as many values as the header
     * @param line the line, for warnings
     * @return the record
     * @throws RejectedRow if a value is invalid
     */
    abstract Record map(CSVRecord row, long line);

    /** Sends a record returned by {@link #map} to the sink; observations by default. */
    void send(Record record) {
        state.sink.observation((Observation) record);
    }

    /** Returns the value at a position, or an empty string for an absent optional column. */
    static String value(CSVRecord row, int position) {
        return position < 0 ? "" : row.get(position);
    }
}
