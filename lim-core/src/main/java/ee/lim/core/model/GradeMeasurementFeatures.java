package ee.lim.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Measurement;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.risk.FactorCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * A simple default {@link FeatureFunction} over grades and measurements before the as-of date:
 *
 * <ul>
 *   <li>{@code grade.<period>}: the mean normalised grade ({@link
 *       ee.lim.spi.model.GradeScale#normalise(double)}, 0 to 1) of the latest grade date in each
 *       study period, so a period's latest marks count and earlier ones in it are superseded; a
 *       grade without a period counts under {@code grade.none}; category {@code GRADES};
 *   <li>{@code grade.failing_count}: the number of failing grades, over all periods; category
 *       {@code GRADES}; 0 when the student has grades but none failing, absent with no grades;
 *   <li>{@code m.<name>}: the latest value of each {@link Measurement}, by date (the later one in
 *       the input wins a tie); category from the measurement's own category name, or {@code
 *       BACKGROUND} if that is not a {@link FactorCategory}.
 * </ul>
 *
 * <p>Thread-safe. The category of {@code m.<name>} is remembered from the first measurement of that
 * name seen, so call {@link #category(String)} after computing the features.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GradeMeasurementFeatures implements FeatureFunction {
    /** The prefix of grade features. */
    public static final String GRADE_PREFIX = "grade.";

    /** The name of the failing-grade count. */
    public static final String FAILING_COUNT = "grade.failing_count";

    /** The prefix of measurement features. */
    public static final String MEASUREMENT_PREFIX = "m.";

    private final Map<String, FactorCategory> measurementCategories = new ConcurrentHashMap<>();

    /** Creates the function. */
    public GradeMeasurementFeatures() {}

    @Override
    public Map<String, Double> features(Student student, List<Observation> before, LocalDate asOf) {
        Map<String, LocalDate> latestDate = new TreeMap<>();
        Map<String, double[]> latestSum = new TreeMap<>();
        Map<String, Measurement> latestMeasurement = new TreeMap<>();
        int grades = 0;
        int failing = 0;
        for (Observation observation : before) {
            if (!observation.date().isBefore(asOf)) {
                continue;
            }
            if (observation instanceof Grade grade) {
                grades++;
                failing += grade.isFailing() ? 1 : 0;
                String period = grade.periodId() == null ? "none" : grade.periodId();
                LocalDate known = latestDate.get(period);
                double normalised = grade.scale().normalise(grade.value());
                if (known == null || grade.date().isAfter(known)) {
                    latestDate.put(period, grade.date());
                    latestSum.put(period, new double[] {normalised, 1});
                } else if (grade.date().equals(known)) {
                    double[] sum = latestSum.get(period);
                    sum[0] += normalised;
                    sum[1] += 1;
                }
            } else if (observation instanceof Measurement measurement) {
                Measurement known = latestMeasurement.get(measurement.name());
                if (known == null || !measurement.date().isBefore(known.date())) {
                    latestMeasurement.put(measurement.name(), measurement);
                }
                measurementCategories.putIfAbsent(
                        MEASUREMENT_PREFIX + measurement.name(), categoryOf(measurement));
            }
        }
        Map<String, Double> features = new TreeMap<>();
        for (Map.Entry<String, double[]> entry : latestSum.entrySet()) {
            double[] sum = entry.getValue();
            features.put(GRADE_PREFIX + entry.getKey(), sum[0] / sum[1]);
        }
        if (grades > 0) {
            features.put(FAILING_COUNT, (double) failing);
        }
        for (Measurement measurement : latestMeasurement.values()) {
            features.put(MEASUREMENT_PREFIX + measurement.name(), measurement.value());
        }
        return features;
    }

    @Override
    public FactorCategory category(String feature) {
        if (feature.startsWith(GRADE_PREFIX)) {
            return FactorCategory.GRADES;
        }
        return measurementCategories.getOrDefault(feature, FactorCategory.BACKGROUND);
    }

    private static FactorCategory categoryOf(Measurement measurement) {
        try {
            return FactorCategory.valueOf(measurement.category());
        } catch (IllegalArgumentException e) {
            return FactorCategory.BACKGROUND;
        }
    }
}
