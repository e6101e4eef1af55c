package ee.lim.spi.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import org.apiguardian.api.API;

/**
 * One evaluated indicator rule: the value that was measured, the threshold it was compared with,
 * and the band that resulted.
 *
 * @param id the rule id within its pack, such as {@code "attendance-rate-4w"}; never blank
 * @param rulePackId the pack that holds the rule; never blank
 * @param category the factor category; never {@code null}
 * @param value the measured value, in the unit of the rule; finite
 * @param threshold the threshold that decided the band, in the same unit; finite
 * @param band the resulting band; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Indicator(
        String id,
        String rulePackId,
        FactorCategory category,
        double value,
        double threshold,
        RiskBand band) {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id the rule id within its pack, such as {@code "attendance-rate-4w"}; never blank
     * @param rulePackId the pack that holds the rule; never blank
     * @param category the factor category; never {@code null}
     * @param value the measured value, in the unit of the rule; finite
     * @param threshold the threshold that decided the band, in the same unit; finite
     * @param band the resulting band; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Indicator {
        Checks.notBlank(id, "Indicator.id");
        Checks.notBlank(rulePackId, "Indicator.rulePackId");
        Checks.present(category, "Indicator.category");
        Checks.finite(value, "Indicator.value");
        Checks.finite(threshold, "Indicator.threshold");
        Checks.present(band, "Indicator.band");
    }
}
