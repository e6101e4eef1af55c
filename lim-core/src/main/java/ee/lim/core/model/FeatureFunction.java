package ee.lim.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.risk.FactorCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Computes a student's observation-based features as of a date, for {@link DatasetBuilder}.
 *
 * <p>Implementations must be thread-safe and must not look at anything dated on or after the as-of
 * date; the builder passes only earlier observations.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface FeatureFunction {
    /**
     * Computes the features.
     *
     * @param student the student; never {@code null}
     * @param before the student's observations dated strictly before {@code asOf}, oldest first;
     *     never {@code null}
     * @param asOf the as-of date; never {@code null}
     * @return feature values by name, each finite or {@code NaN} for missing; absent names are
     *     missing too; never {@code null}
     */
    Map<String, Double> features(Student student, List<Observation> before, LocalDate asOf);

    /**
     * Returns the factor category of a feature this function computes.
     *
     * @param feature a feature name this function returned
     * @return the category; {@link FactorCategory#BACKGROUND} unless overridden
     */
    default FactorCategory category(String feature) {
        return FactorCategory.BACKGROUND;
    }

    /**
     * Returns a function that computes no features, for models on attributes alone.
     *
     * @return the empty function
     */
    static FeatureFunction none() {
        return (student, before, asOf) -> Map.of();
    }
}
