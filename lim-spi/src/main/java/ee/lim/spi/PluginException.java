package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Thrown when a plugin cannot be loaded or used: it failed to start, reported an unsupported SPI
 * version, or shares its id with another plugin.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class PluginException extends LimException {
    private static final long serialVersionUID = 1L;

    private final String pluginId;

    /**
     * Creates an exception about one plugin.
     *
     * @param pluginId the plugin's id, or its class name when the id is unknown; never {@code null}
     * @param message what failed and what to do next; never {@code null}
     * @param cause the underlying failure, or {@code null}
     */
    public PluginException(String pluginId, String message, Throwable cause) {
        super(message, cause);
        this.pluginId = pluginId;
    }

    /**
     * Returns the id of the plugin that failed.
     *
     * @return the plugin id or class name; never {@code null}
     */
    public String pluginId() {
        return pluginId;
    }
}
