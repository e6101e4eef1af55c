package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The score of one student's need at one service, with its parts: {@code total = priority ×
 * coverage − distancePenalty − waitingPenalty}.
 *
 * @param priority the need's priority in {@code [0, 1]}
 * @param coverage how well the service covers the need, in {@code (0, 1]}
 * @param distanceKm the travel distance in km, or {@code null} when none was counted
 * @param distanceBasis where the distance came from; never {@code null}
 * @param distancePenalty the score lost to distance, 0 or more
 * @param waitingDays the service's usual wait in days
 * @param waitingPenalty the score lost to waiting, 0 or more
 * @param total the score
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Score(
        double priority,
        double coverage,
        Double distanceKm,
        DistanceBasis distanceBasis,
        double distancePenalty,
        int waitingDays,
        double waitingPenalty,
        double total) {

    /** Where a travel distance came from. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum DistanceBasis {
        /** From the student's home place. */
        HOME,
        /** From the centroid of the student's municipality, because the home is unknown. */
        MUNICIPALITY_CENTROID,
        /** Not counted: the home and centroid are unknown, or the service has no place. */
        NONE
    }

    /**
     * Returns the benefit before penalties.
     *
     * @return {@code priority × coverage}
     */
    public double benefit() {
        return priority * coverage;
    }
}
