package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.StudentKey;
import ee.lim.spi.service.EligibilityFact;
import ee.lim.spi.service.NeedCategory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A student's need that got no proposal, and why.
 *
 * @param student the student; never {@code null}
 * @param need the need category; never {@code null}
 * @param reason the main reason; never {@code null}
 * @param ineligibleReasons how many services covering the need rejected the student, per reason
 *     code of {@link EligibilityEvaluator}; never {@code null}
 * @param missingFacts the facts that would decide the services whose result was {@code UNKNOWN};
 *     never {@code null}
 * @param unknownServices the ids of those services; never {@code null}
 * @param evidence for {@link Reason#CAPACITY_FULL} and {@link Reason#PENALTIES_EXCEED_BENEFIT}:
 *     each eligible service with the score the need would have had and its dual price; never {@code
 *     null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LeftOut(
        StudentKey student,
        NeedCategory need,
        Reason reason,
        Map<String, Integer> ineligibleReasons,
        Set<EligibilityFact> missingFacts,
        List<String> unknownServices,
        List<ScoredService> evidence) {

    /** The reason a need got no proposal. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Reason {
        /** No active service covering the need accepts the student. */
        NO_ELIGIBLE_SERVICE,
        /**
         * No service is known to accept the student, but some might: facts are missing, listed in
         * {@link LeftOut#missingFacts()}.
         */
        MISSING_FACTS,
        /**
         * Eligible services exist but their places went to needs with higher scores; the dual
         * prices in the evidence show by how much.
         */
        CAPACITY_FULL,
        /** Eligible services exist but travel and waiting cost more than the benefit. */
        PENALTIES_EXCEED_BENEFIT
    }
}
