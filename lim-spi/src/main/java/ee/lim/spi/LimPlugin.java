package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Identity shared by every plugin role.
 *
 * <p>A plugin is a public class with a public no-argument constructor, named in its module's {@code
 * provides} clause and in {@code META-INF/services/<interface>} so that both module-path and
 * class-path users find it. Implementations must be thread-safe: one instance serves every thread
 * of an engine.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface LimPlugin {
    /**
     * Returns the stable, human-readable id, unique among the plugins of one engine, such as {@code
     * "uci"} or {@code "estonia-ehis-20"}. Ids use lower-case letters, digits, {@code -} and {@code
     * .}.
     *
     * @return the id; never {@code null}
     */
    String id();

    /**
     * Returns the plugin's own version, such as {@code "0.1.0"}.
     *
     * @return the version; never {@code null}
     */
    String version();

    /**
     * Returns the SPI version the plugin was compiled against: return {@link SpiVersion#CURRENT}.
     *
     * @return the SPI version
     */
    int spiVersion();

    /**
     * Returns a one-line description for listings.
     *
     * @return the description; never {@code null}, empty by default
     */
    default String description() {
        return "";
    }
}
