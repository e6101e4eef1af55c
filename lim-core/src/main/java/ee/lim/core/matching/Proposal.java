package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.StudentKey;
import ee.lim.spi.service.NeedCategory;
import org.apiguardian.api.API;

/**
 * A proposed referral of one student for one need to one service. A proposal is a suggestion for a
 * specialist, who decides.
 *
 * @param student the student; never {@code null}
 * @param need the need category; never {@code null}
 * @param serviceId the proposed service; never {@code null}
 * @param score why it was chosen, as the parts of its score; never {@code null}
 * @param nextBest the best other eligible service for this need by score, or {@code null} if there
 *     is none
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Proposal(
        StudentKey student,
        NeedCategory need,
        String serviceId,
        Score score,
        ScoredService nextBest) {}
