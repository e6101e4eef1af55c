package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Where a source plugin reads from, and its options.
 *
 * @param location a file or a folder, as the plugin documents; never {@code null}
 * @param options plugin-specific settings such as {@code delimiter=;}; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SourceInput(Path location, Map<String, String> options) {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param location a file or a folder, as the plugin documents; never {@code null}
     * @param options plugin-specific settings such as {@code delimiter=;}; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public SourceInput {
        Checks.present(location, "SourceInput.location");
        options = Checks.mapOf(options, "SourceInput.options");
    }

    /**
     * Creates an input with no options.
     *
     * @param location a file or folder
     * @return the input
     */
    public static SourceInput of(Path location) {
        return new SourceInput(location, Map.of());
    }

    /**
     * Returns an option or a default.
     *
     * @param key the option name
     * @param defaultValue returned when the option is absent; may be {@code null}
     * @return the option value or {@code defaultValue}
     */
    public String option(String key, String defaultValue) {
        return options.getOrDefault(key, defaultValue);
    }
}
