package ee.lim.core.explain;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.RiskBand;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One reason behind an assessment: a raised indicator or a model contribution that raised the risk,
 * with the sentence for a teacher about it.
 *
 * @param kind whether the reason is an indicator or a model contribution; never {@code null}
 * @param name the rule as {@code packId/ruleId} for an indicator, or the feature name for a
 *     contribution; never {@code null}
 * @param feature the feature the reason is about, or {@code null} if the rule is not known
 * @param category the factor category; never {@code null}
 * @param value the student's value of the feature
 * @param band the indicator's band, or {@code null} for a contribution
 * @param weight how strongly the reason drove the result: for an indicator, how far the value is
 *     past the threshold relative to the threshold; for a contribution, its log-odds
 * @param text the sentence for a teacher; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Reason(
        Kind kind,
        String name,
        String feature,
        FactorCategory category,
        double value,
        RiskBand band,
        double weight,
        String text) {
    /**
     * Creates the record.
     *
     * @param kind the kind; never {@code null}
     * @param name the rule or feature name; never {@code null}
     * @param feature the feature, or {@code null}
     * @param category the category; never {@code null}
     * @param value the value
     * @param band the band, or {@code null} for a contribution
     * @param weight the weight
     * @param text the sentence; never {@code null}
     * @throws NullPointerException if a required field is {@code null}
     */
    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
    }

    /** The source of a reason. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Kind {
        /** A transparent indicator rule. */
        INDICATOR,
        /** A model contribution. */
        CONTRIBUTION
    }
}
