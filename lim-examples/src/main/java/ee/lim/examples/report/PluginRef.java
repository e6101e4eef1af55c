package ee.lim.examples.report;

import java.util.Objects;

/**
 * A plugin that took part in a run, as recorded in the provenance.
 *
 * @param role the SPI interface's simple name, such as {@code "CohortSource"}; never {@code null}
 * @param id the plugin id; never {@code null}
 * @param version the plugin version; never {@code null}
 * @param spiVersion the SPI version the plugin was built against
 */
public record PluginRef(String role, String id, String version, int spiVersion) {
    /**
     * Creates the record.
     *
     * @param role the SPI interface's simple name
     * @param id the plugin id
     * @param version the plugin version
     * @param spiVersion the SPI version
     * @throws NullPointerException if a reference argument is {@code null}
     */
    public PluginRef {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }
}
