package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.service.Place;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The weights of the matching objective.
 *
 * <p>The score of a student's need at a service is {@code priority × coverage −
 * distancePenaltyPerKm × km − waitingPenaltyPerDay × waitingDays}. The distance runs from the
 * student's home to the service's place. If the home is unknown, the centroid of the student's
 * municipality of residence is used when {@code municipalityCentroids} has it; otherwise, or when
 * the service has no place (remote services), there is no distance penalty.
 *
 * @param distancePenaltyPerKm score lost per kilometre, 0 or more
 * @param waitingPenaltyPerDay score lost per day of waiting, 0 or more
 * @param municipalityCentroids a place per municipality code, for students without a home place;
 *     never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MatchingConfig(
        double distancePenaltyPerKm,
        double waitingPenaltyPerDay,
        Map<String, Place> municipalityCentroids) {

    /**
     * The defaults: 0.005 per km (so 40 km cost 0.2, a fifth of a perfect match of an urgent need)
     * and 0.002 per day of waiting (30 days cost 0.06), with no centroids.
     */
    public static final MatchingConfig DEFAULTS = new MatchingConfig(0.005, 0.002, Map.of());

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param distancePenaltyPerKm score lost per kilometre, 0 or more
     * @param waitingPenaltyPerDay score lost per day of waiting, 0 or more
     * @param municipalityCentroids a place per municipality code; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a penalty is negative or not finite, or the map
     *     is null or contains nulls
     */
    public MatchingConfig {
        Checks.finite(distancePenaltyPerKm, "MatchingConfig.distancePenaltyPerKm");
        Checks.finite(waitingPenaltyPerDay, "MatchingConfig.waitingPenaltyPerDay");
        Checks.require(
                distancePenaltyPerKm >= 0,
                "MatchingConfig.distancePenaltyPerKm",
                "MatchingConfig.distancePenaltyPerKm must be >= 0, got " + distancePenaltyPerKm);
        Checks.require(
                waitingPenaltyPerDay >= 0,
                "MatchingConfig.waitingPenaltyPerDay",
                "MatchingConfig.waitingPenaltyPerDay must be >= 0, got " + waitingPenaltyPerDay);
        municipalityCentroids =
                Checks.mapOf(municipalityCentroids, "MatchingConfig.municipalityCentroids");
    }

    /**
     * Returns a copy with centroids for students whose home place is unknown.
     *
     * @param centroids a place per municipality code; never {@code null}
     * @return the new configuration
     */
    public MatchingConfig withCentroids(Map<String, Place> centroids) {
        return new MatchingConfig(distancePenaltyPerKm, waitingPenaltyPerDay, centroids);
    }

    /**
     * Describes the configuration in one stable line, for provenance.
     *
     * @return the description, centroids sorted by code
     */
    public String describe() {
        StringBuilder text =
                new StringBuilder("distancePenaltyPerKm=")
                        .append(distancePenaltyPerKm)
                        .append(";waitingPenaltyPerDay=")
                        .append(waitingPenaltyPerDay)
                        .append(";centroids=");
        new TreeMap<>(municipalityCentroids)
                .forEach(
                        (code, place) ->
                                text.append(code)
                                        .append('@')
                                        .append(place.latitude())
                                        .append(',')
                                        .append(place.longitude())
                                        .append(' '));
        return text.toString().strip();
    }
}
