package ee.lim.plugin.hsds.catalogues;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.PluginException;
import ee.lim.spi.SourceInput;
import ee.lim.spi.service.Place;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Sample HSDS catalogues bundled with the {@code hsds} plugin.
 *
 * <p>The Võru County catalogue lists public institutions that serve young people there, with real
 * names and approximate coordinates (town or village centres). Its capacities and waiting days are
 * ILLUSTRATIVE, made up for demonstrations and tests, and every service states this in its
 * description. Municipality codes are those of {@link #VORU_MUNICIPALITIES}.
 *
 * <p>Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HsdsCatalogues {
    /**
     * The five local governments of Võru County by the codes LIM uses for them: Antsla vald {@code
     * 0142}, Rõuge vald {@code 0698}, Setomaa vald {@code 0732}, Võru linn {@code 0919}, Võru vald
     * {@code 0917}.
     */
    public static final Map<String, String> VORU_MUNICIPALITIES =
            Map.of(
                    "0142", "Antsla vald",
                    "0698", "Rõuge vald",
                    "0732", "Setomaa vald",
                    "0919", "Võru linn",
                    "0917", "Võru vald");

    /**
     * Approximate centres of the five municipalities (the seat of each local government), for
     * {@code MatchingConfig.withCentroids} when a student's home is unknown.
     */
    public static final Map<String, Place> VORU_CENTROIDS =
            Map.of(
                    "0142", new Place(57.8254, 26.5400),
                    "0698", new Place(57.7286, 26.9158),
                    "0732", new Place(57.9581, 27.6393),
                    "0919", new Place(57.8339, 27.0192),
                    "0917", new Place(57.8339, 27.0192));

    private static final String VORU_RESOURCE = "voru-county.json";

    private HsdsCatalogues() {}

    /**
     * Writes the Võru County catalogue (HSDS 3 JSON) to a new temporary file and returns it as an
     * input for the {@code hsds} plugin. The file is deleted when the JVM exits.
     *
     * @return the input; never {@code null}
     * @throws PluginException if the temporary file cannot be written
     */
    public static SourceInput voruCounty() {
        try (InputStream in = HsdsCatalogues.class.getResourceAsStream(VORU_RESOURCE)) {
            if (in == null) {
                throw new PluginException(
                        "hsds", VORU_RESOURCE + " is missing from the plugin jar", null);
            }
            Path file = Files.createTempFile("lim-voru-county-", ".json");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return SourceInput.of(file);
        } catch (IOException e) {
            throw new PluginException(
                    "hsds", "cannot write the Võru County catalogue to a temporary file", e);
        }
    }
}
