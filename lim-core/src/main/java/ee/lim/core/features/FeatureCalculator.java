package ee.lim.core.features;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.Features;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Computes a student's {@link Features} as of a date from observations in memory. It uses only
 * observations dated strictly before the as-of date; see {@link FeatureNames} for what each feature
 * means. For cohorts streamed from a source, use {@link FeatureAggregator}, which gives the same
 * values.
 *
 * <p>Immutable and thread-safe. Time: linear in the number of observations plus the days covered.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FeatureCalculator {
    private final FeatureConfig config;

    /**
     * Creates a calculator.
     *
     * @param config the settings; never {@code null}
     * @throws NullPointerException if {@code config} is {@code null}
     */
    public FeatureCalculator(FeatureConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Returns the settings.
     *
     * @return the settings
     */
    public FeatureConfig config() {
        return config;
    }

    /**
     * Computes one student's features.
     *
     * @param student the student; never {@code null}
     * @param observations the student's observations in any order; those dated on or after {@code
     *     asOf} are ignored; never {@code null}
     * @param asOf the as-of date; never {@code null}
     * @return the features
     * @throws NullPointerException if an argument is {@code null}
     * @throws InvalidInputException if an observation belongs to another student
     */
    public Features compute(
            Student student, List<? extends Observation> observations, LocalDate asOf) {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(asOf, "asOf");
        StudentAggregate aggregate =
                new StudentAggregate(student, new AsOfCalendar(asOf, config), config);
        for (Observation observation : observations) {
            if (!observation.student().equals(student.key())) {
                throw new InvalidInputException(
                        "observations",
                        "observations contains a "
                                + observation.getClass().getSimpleName()
                                + " of another student; pass only the student's own observations");
            }
            aggregate.add(observation);
        }
        return aggregate.features();
    }

    /**
     * Computes the features of every student of a cohort.
     *
     * @param cohort the cohort; never {@code null}
     * @param asOf the as-of date; never {@code null}
     * @return a new map from student key, in cohort order, to features
     * @throws NullPointerException if an argument is {@code null}
     */
    public Map<StudentKey, Features> compute(Cohort cohort, LocalDate asOf) {
        Objects.requireNonNull(cohort, "cohort");
        FeatureAggregator aggregator = new FeatureAggregator(asOf, config);
        cohort.students().forEach(aggregator::student);
        cohort.observations().forEach(aggregator::observation);
        return aggregator.features();
    }
}
