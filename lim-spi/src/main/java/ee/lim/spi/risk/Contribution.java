package ee.lim.spi.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import org.apiguardian.api.API;

/**
 * How much one model input moved a student's score away from the average student.
 *
 * @param feature the feature name, such as {@code "attendance_rate_4w"}; never blank
 * @param category the factor category; never {@code null}
 * @param value the student's value of the feature, in its own unit; finite
 * @param logOdds the change in log-odds of the outcome this feature caused, positive when it raised
 *     the risk; finite
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Contribution(String feature, FactorCategory category, double value, double logOdds) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param feature the feature name, such as {@code "attendance_rate_4w"}; never blank
     * @param category the factor category; never {@code null}
     * @param value the student's value of the feature, in its own unit; finite
     * @param logOdds the change in log-odds of the outcome this feature caused, positive when it
     *     raised the risk; finite
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Contribution {
        Checks.notBlank(feature, "Contribution.feature");
        Checks.present(category, "Contribution.category");
        Checks.finite(value, "Contribution.value");
        Checks.finite(logOdds, "Contribution.logOdds");
    }
}
