package ee.lim.core.needs;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskAssessment;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.service.Need;
import ee.lim.spi.service.NeedCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Derives needs from a risk assessment's raised indicators through a {@link NeedMapping}. Each need
 * lists the ids of the indicators behind it. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NeedDeriver {
    private final NeedMapping mapping;

    /**
     * Creates a deriver.
     *
     * @param mapping the mapping; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if {@code mapping} is null
     */
    public NeedDeriver(NeedMapping mapping) {
        this.mapping = Checks.present(mapping, "mapping");
    }

    /**
     * Derives the needs of one assessment, one per need category, dated on its as-of date.
     *
     * <p>Only a student whose overall band is watch or high gets derived needs. With a model the
     * overall band comes from the calibrated probability, and a single raised indicator of a
     * student the model places in band none then stays an indicator: it is shown, but it does not
     * start a referral. A specialist can still record a need for that student.
     *
     * @param assessment the assessment; never {@code null}
     * @return the needs with origin {@link Need.Origin#DERIVED}, sorted by category; empty when the
     *     overall band is none or no mapped indicator is raised
     * @throws ee.lim.spi.InvalidInputException if {@code assessment} is null
     */
    public List<Need> derive(RiskAssessment assessment) {
        Checks.present(assessment, "assessment");
        if (assessment.band() == RiskBand.NONE) {
            return List.of();
        }
        Map<NeedCategory, RiskBand> bands = new TreeMap<>();
        Map<NeedCategory, List<String>> reasons = new TreeMap<>();
        for (Indicator indicator : assessment.indicators()) {
            NeedCategory need = mapping.needFor(indicator.category());
            if (need == null || indicator.band() == RiskBand.NONE) {
                continue;
            }
            bands.merge(need, indicator.band(), RiskBand::max);
            reasons.computeIfAbsent(need, n -> new ArrayList<>()).add(indicator.id());
        }
        List<Need> needs = new ArrayList<>();
        bands.forEach(
                (need, band) ->
                        needs.add(
                                new Need(
                                        assessment.student(),
                                        need,
                                        mapping.priority(band, assessment.probability()),
                                        Need.Origin.DERIVED,
                                        reasons.get(need),
                                        assessment.asOf())));
        return needs;
    }
}
