package ee.lim.examples.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The origin of a result: enough to repeat the run and to check that the input was the same.
 *
 * @param tool the program that wrote the result, {@code "lim"}; never {@code null}
 * @param toolVersion its version; never {@code null}
 * @param generatedAt when the result was written, from the engine's clock; never {@code null}
 * @param asOf the as-of date: only observations dated before it were used; never {@code null}
 * @param source the id of the cohort source plugin; never {@code null}
 * @param input the input as given, or a name for bundled data; never {@code null}
 * @param inputSha256 hex SHA-256 of the input bytes; never {@code null}
 * @param seed the seed of every random choice (fold assignment)
 * @param plugins the plugins that took part, with versions; never {@code null}
 * @param configuration the options of the run, by name; never {@code null}
 */
public record Provenance(
        String tool,
        String toolVersion,
        Instant generatedAt,
        LocalDate asOf,
        String source,
        String input,
        String inputSha256,
        long seed,
        List<PluginRef> plugins,
        Map<String, String> configuration) {
    /**
     * Creates the record, copying the collections.
     *
     * @param tool the program name
     * @param toolVersion its version
     * @param generatedAt when the result was written
     * @param asOf the as-of date
     * @param source the cohort source id
     * @param input the input as given
     * @param inputSha256 hex SHA-256 of the input
     * @param seed the seed
     * @param plugins the plugins that took part
     * @param configuration the options of the run
     * @throws NullPointerException if a reference argument is {@code null}
     */
    public Provenance {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(inputSha256, "inputSha256");
        plugins = List.copyOf(plugins);
        configuration = Map.copyOf(configuration);
    }
}
