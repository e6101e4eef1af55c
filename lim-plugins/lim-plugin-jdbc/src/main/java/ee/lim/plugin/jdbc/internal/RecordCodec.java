package ee.lim.plugin.jdbc.internal;

import ee.lim.spi.coordination.CaseRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns case records into JSON and back with Jackson. Records validate themselves when read, so a
 * row edited into an invalid state fails to load instead of passing through. Thread-safe.
 */
public final class RecordCodec {
    private final JsonMapper mapper = JsonMapper.builder().build();

    /** Creates a codec. */
    public RecordCodec() {}

    /**
     * Writes a record as JSON. The version is kept in its own column, not in the body.
     *
     * @param record the record
     * @return the JSON text
     */
    public String write(CaseRecord record) {
        return mapper.writeValueAsString(record.withVersion(0));
    }

    /**
     * Reads a record from JSON and sets its version.
     *
     * @param type the record type
     * @param json the JSON text
     * @param version the version from the version column
     * @param <T> the record type
     * @return the record
     * @throws JacksonException if the JSON is not a valid record
     */
    public <T extends CaseRecord> T read(Class<T> type, String json, long version) {
        return type.cast(mapper.readValue(json, type).withVersion(version));
    }
}
