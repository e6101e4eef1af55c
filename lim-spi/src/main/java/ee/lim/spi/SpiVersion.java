package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The version of the plugin interfaces in this module.
 *
 * <p>A plugin returns {@link #CURRENT} from {@link LimPlugin#spiVersion()}. Because the field is a
 * compile-time constant, the value is fixed into the plugin's class file when the plugin is
 * compiled, so the engine can see which SPI a plugin was built against and reject one outside
 * {@code [MINIMUM_SUPPORTED, CURRENT]}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SpiVersion {
    /** The SPI version of this build. */
    public static final int CURRENT = 1;

    /** The oldest SPI version whose plugins this build still runs. */
    public static final int MINIMUM_SUPPORTED = 1;

    private SpiVersion() {}

    /**
     * Tells whether plugins built against a version can run here.
     *
     * @param version the version a plugin reports
     * @return {@code true} if {@code MINIMUM_SUPPORTED <= version <= CURRENT}
     */
    public static boolean isSupported(int version) {
        return version >= MINIMUM_SUPPORTED && version <= CURRENT;
    }
}
