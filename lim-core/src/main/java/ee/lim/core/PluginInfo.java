package ee.lim.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A plugin the engine loaded, as shown in listings and provenance.
 *
 * @param role the SPI interface's simple name, such as {@code "CohortSource"}; never {@code null}
 * @param id the plugin id; never {@code null}
 * @param version the plugin version; never {@code null}
 * @param spiVersion the SPI version it was built against
 * @param className the implementing class; never {@code null}
 * @param origin how the engine got it; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PluginInfo(
        String role, String id, String version, int spiVersion, String className, Origin origin) {

    /** How the engine got a plugin. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Origin {
        /** Passed to the builder by the caller. */
        EXPLICIT,
        /** Found by {@link java.util.ServiceLoader}. */
        DISCOVERED
    }

    /**
     * Creates the record.
     *
     * @param role the SPI interface's simple name
     * @param id the plugin id
     * @param version the plugin version
     * @param spiVersion the SPI version
     * @param className the implementing class
     * @param origin how the engine got it
     * @throws NullPointerException if a reference argument is {@code null}
     */
    public PluginInfo {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * Returns {@code id@version}, the form used in provenance.
     *
     * @return the coordinate
     */
    public String coordinate() {
        return id + "@" + version;
    }
}
