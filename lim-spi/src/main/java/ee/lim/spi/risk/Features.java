package ee.lim.spi.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * Named numeric features of one student as of a date, computed from observations dated before it. A
 * feature that cannot be computed, such as a grade average with no grades, is absent.
 *
 * @param student the student; never {@code null}
 * @param asOf the as-of date; never {@code null}
 * @param values feature values by name, all finite; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Features(StudentKey student, LocalDate asOf, Map<String, Double> values) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param student the student; never {@code null}
     * @param asOf the as-of date; never {@code null}
     * @param values feature values by name, all finite; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Features {
        Checks.present(student, "Features.student");
        Checks.present(asOf, "Features.asOf");
        values = Checks.mapOf(values, "Features.values");
        for (Map.Entry<String, Double> entry : values.entrySet()) {
            Checks.finite(entry.getValue(), "Features.values[" + entry.getKey() + "]");
        }
    }

    /**
     * Returns a feature value.
     *
     * @param name the feature name
     * @return the value, or empty if the feature is absent
     */
    public OptionalDouble get(String name) {
        Double value = values.get(name);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
