package ee.lim.core.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The rule packs bundled with LIM, each from a published early-warning system or statutory rule
 * named in its {@code source} field; docs/risk-rules.md lists them with their thresholds.
 *
 * <p>The packs are read once, when the class is first used. The class is stateless otherwise and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RulePacks {
    /** Balfanz's ABC flags: attendance, behaviour, course failure in mathematics or language. */
    public static final String BALFANZ_ABC = "balfanz-abc";

    /** The Early Warning Intervention and Monitoring System's indicators. */
    public static final String EWIMS = "ewims";

    /** The Chicago Freshman On-Track indicator, only where grades carry credits. */
    public static final String CHICAGO_ON_TRACK = "chicago-on-track";

    /** The Netherlands: 16 hours of unauthorised absence within 4 weeks, under 18. */
    public static final String NETHERLANDS_16_HOURS = "nl-16-hours";

    /** Ireland: 20 days absent in a school year, and suspension limits. */
    public static final String IRELAND_TUSLA = "ie-tusla";

    /** Finland: 30, 50 and 70 hours of absence. */
    public static final String FINLAND_ABSENCE_HOURS = "fi-absence-hours";

    private static final List<String> IDS =
            List.of(
                    BALFANZ_ABC,
                    EWIMS,
                    CHICAGO_ON_TRACK,
                    NETHERLANDS_16_HOURS,
                    IRELAND_TUSLA,
                    FINLAND_ABSENCE_HOURS);

    private static final Map<String, JsonRulePack> BUNDLED = load();

    private RulePacks() {}

    private static Map<String, JsonRulePack> load() {
        Map<String, JsonRulePack> packs = new LinkedHashMap<>();
        for (String id : IDS) {
            String resource = "packs/" + id + ".json";
            try (InputStream in = RulePacks.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "bundled rule pack " + resource + " is missing");
                }
                JsonRulePack pack = JsonRulePack.read(in, resource);
                if (!pack.id().equals(id)) {
                    throw new IllegalStateException(
                            "bundled rule pack " + resource + " has id " + pack.id());
                }
                packs.put(id, pack);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidInputException e) {
                throw new IllegalStateException("bundled rule pack " + resource + " is invalid", e);
            }
        }
        return Collections.unmodifiableMap(packs);
    }

    /**
     * Returns the ids of the bundled packs.
     *
     * @return the ids, in documentation order
     */
    public static List<String> ids() {
        return IDS;
    }

    /**
     * Returns every bundled pack.
     *
     * @return an unmodifiable list, in documentation order
     */
    public static List<JsonRulePack> all() {
        return List.copyOf(BUNDLED.values());
    }

    /**
     * Finds a bundled pack.
     *
     * @param id the pack id, such as {@link #EWIMS}
     * @return the pack, or empty if no bundled pack has the id
     */
    public static Optional<JsonRulePack> byId(String id) {
        return Optional.ofNullable(BUNDLED.get(id));
    }

    /**
     * Returns a bundled pack.
     *
     * @param id the pack id, such as {@link #EWIMS}
     * @return the pack
     * @throws InvalidInputException if no bundled pack has the id
     */
    public static JsonRulePack get(String id) {
        return byId(id).orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "id",
                                        "no bundled rule pack has id '"
                                                + id
                                                + "'; use one of "
                                                + String.join(", ", IDS)));
    }
}
