package ee.lim.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A plugin that could not be loaded. The engine goes on without it and lists it here.
 *
 * @param role the SPI interface's simple name; never {@code null}
 * @param plugin the plugin id if it could be read, else the provider class name; never {@code null}
 * @param reason what failed and what to do; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PluginFailure(String role, String plugin, String reason) {
    /**
     * Creates the record.
     *
     * @param role the SPI interface's simple name
     * @param plugin the plugin id or class name
     * @param reason what failed
     * @throws NullPointerException if an argument is {@code null}
     */
    public PluginFailure {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(reason, "reason");
    }
}
