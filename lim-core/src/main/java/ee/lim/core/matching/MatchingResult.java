package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The outcome of a matching run.
 *
 * @param proposals the proposed referrals, sorted by student and need; never {@code null}
 * @param leftOut the needs without a proposal, sorted by student and need; never {@code null}
 * @param objective the sum of the proposals' scores, which the run maximised
 * @param servicePrices the dual price of each service by id: 0 where places remain, otherwise the
 *     score a further need would have to beat; never {@code null}
 * @param provenance the input hash and configuration; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MatchingResult(
        List<Proposal> proposals,
        List<LeftOut> leftOut,
        double objective,
        Map<String, Double> servicePrices,
        Provenance provenance) {}
