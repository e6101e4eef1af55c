package ee.lim.core.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.Features;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskBand;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * One indicator rule: a feature compared with a watch and a high threshold. The band is {@code
 * HIGH} when the value reaches {@code high}, else {@code WATCH} when it reaches {@code watch}, else
 * {@code NONE}. Rules read from JSON are validated by {@link JsonRulePack#parse}.
 *
 * @param id the rule id, unique in its pack; never {@code null}
 * @param feature the feature name from {@link ee.lim.core.features.FeatureNames}; never {@code
 *     null}
 * @param category the factor category; never {@code null}
 * @param comparison how the value is compared; never {@code null}
 * @param watch the watch threshold, or {@code null} for no watch band
 * @param high the high threshold, or {@code null} for no high band
 * @param applicability which students the rule applies to; never {@code null}
 * @param description a one-line description for people; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record IndicatorRule(
        String id,
        String feature,
        FactorCategory category,
        Comparison comparison,
        Double watch,
        Double high,
        Applicability applicability,
        String description) {
    /**
     * Creates the rule.
     *
     * @param id the rule id; never {@code null}
     * @param feature the feature name; never {@code null}
     * @param category the factor category; never {@code null}
     * @param comparison the comparison; never {@code null}
     * @param watch the watch threshold, or {@code null}
     * @param high the high threshold, or {@code null}; at least one threshold is given
     * @param applicability the applicability; never {@code null}
     * @param description the description; never {@code null}
     * @throws NullPointerException if a required field is {@code null}
     * @throws IllegalArgumentException if both thresholds are {@code null}
     */
    public IndicatorRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(applicability, "applicability");
        Objects.requireNonNull(description, "description");
        if (watch == null && high == null) {
            throw new IllegalArgumentException("rule " + id + " needs a watch or high threshold");
        }
    }

    /**
     * Evaluates the rule for one student.
     *
     * @param packId the id of the pack the rule belongs to; never {@code null}
     * @param features the student's features; never {@code null}
     * @return the indicator, or empty if the feature is absent
     */
    public Optional<Indicator> evaluate(String packId, Features features) {
        OptionalDouble value = features.get(feature);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        double v = value.getAsDouble();
        RiskBand band;
        double threshold;
        if (high != null && comparison.reaches(v, high)) {
            band = RiskBand.HIGH;
            threshold = high;
        } else if (watch != null && comparison.reaches(v, watch)) {
            band = RiskBand.WATCH;
            threshold = watch;
        } else {
            band = RiskBand.NONE;
            threshold = watch != null ? watch : high;
        }
        return Optional.of(new Indicator(id, packId, category, v, threshold, band));
    }
}
