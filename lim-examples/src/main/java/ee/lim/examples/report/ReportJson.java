package ee.lim.examples.report;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes reports as JSON with snake_case names ({@code pr_auc}, {@code as_of}), ISO-8601 dates and
 * explicit {@code null}s for absent values, so that a script reads every field without guessing.
 *
 * <p>Thread-safe: the mapper is configured once and never changed.
 */
public final class ReportJson {
    private static final JsonMapper MAPPER =
            JsonMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build();

    private ReportJson() {}

    /**
     * Serialises a report record.
     *
     * @param report a {@link RunReport}, {@link EvaluationOutput} or one of their parts; never
     *     {@code null}
     * @return the JSON text, ending in a newline
     * @throws IllegalStateException if the report cannot be serialised, which is a programming
     *     error
     */
    public static String write(Object report) {
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot serialise " + report.getClass(), e);
        }
    }

    /**
     * Returns the mapper, for tests and JShell users who read a report back as a tree.
     *
     * @return the shared, immutable mapper
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}
