package ee.lim.core.features;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.ImportProblem;
import ee.lim.spi.model.CohortSink;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.Features;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Computes features as of one date while a source streams a cohort, keeping a compact aggregate per
 * student instead of the observations: per-day attendance counters over at most about a year, a
 * bitset of incident days and a few totals. Memory grows with the number of students, not of
 * observations. Observations dated on or after the as-of date are ignored, so they can never leak
 * into a feature.
 *
 * <p>Use it as the {@link CohortSink} of a {@code CohortSource} or a synthetic cohort, then call
 * {@link #features()}. An observation for a student that was not received first is skipped and
 * reported in {@link #problems()}, as is a second student with the same key; neither stops the run.
 * Not thread-safe: feed it from one thread.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FeatureAggregator implements CohortSink {
    /** At most this many problems are kept; {@link #problemCount()} counts them all. */
    private static final int MAX_KEPT_PROBLEMS = 100;

    private final AsOfCalendar calendar;
    private final FeatureConfig config;
    private final Map<StudentKey, StudentAggregate> aggregates = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private long problemCount;
    private StudentKey lastKey;
    private StudentAggregate lastAggregate;

    /**
     * Creates an aggregator.
     *
     * @param asOf the as-of date; only observations dated before it count; never {@code null}
     * @param config the settings; never {@code null}
     * @throws NullPointerException if an argument is {@code null}
     */
    public FeatureAggregator(LocalDate asOf, FeatureConfig config) {
        Objects.requireNonNull(asOf, "asOf");
        this.config = Objects.requireNonNull(config, "config");
        this.calendar = new AsOfCalendar(asOf, config);
    }

    /**
     * Ignores the school: features do not depend on it.
     *
     * @param school the school; ignored
     */
    @Override
    public void school(School school) {
        // Features are per student.
    }

    /**
     * Registers a student. A second student with a known key is reported and skipped.
     *
     * @param student the student; never {@code null}
     * @throws NullPointerException if {@code student} is {@code null}
     */
    @Override
    public void student(Student student) {
        Objects.requireNonNull(student, "student");
        if (aggregates.containsKey(student.key())) {
            report("student", "a second student with the same key was skipped");
            return;
        }
        aggregates.put(student.key(), new StudentAggregate(student, calendar, config));
    }

    /**
     * Adds an observation to its student's aggregate. Observations dated on or after the as-of date
     * change nothing; one for an unknown student is reported and skipped.
     *
     * @param observation the observation; never {@code null}
     * @throws NullPointerException if {@code observation} is {@code null}
     */
    @Override
    public void observation(Observation observation) {
        StudentKey key = observation.student();
        StudentAggregate aggregate;
        // Sources usually send a student's observations together, so cache the last lookup.
        if (key.equals(lastKey)) {
            aggregate = lastAggregate;
        } else {
            aggregate = aggregates.get(key);
            if (aggregate == null) {
                report(
                        observation.getClass().getSimpleName(),
                        "observation for a student that was not received first was skipped");
                return;
            }
            lastKey = key;
            lastAggregate = aggregate;
        }
        aggregate.add(observation);
    }

    private void report(String column, String reason) {
        problemCount++;
        if (problems.size() < MAX_KEPT_PROBLEMS) {
            problems.add(ImportProblem.rejected("cohort", 0, column, reason));
        }
    }

    /**
     * Returns the as-of date.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return calendar.asOf;
    }

    /**
     * Returns the students received, in order.
     *
     * @return an unmodifiable list
     */
    public List<Student> students() {
        List<Student> students = new ArrayList<>(aggregates.size());
        for (StudentAggregate aggregate : aggregates.values()) {
            students.add(aggregate.student());
        }
        return Collections.unmodifiableList(students);
    }

    /**
     * Computes every student's features from what was received so far.
     *
     * @return a new map from student key, in the order received, to features
     */
    public Map<StudentKey, Features> features() {
        Map<StudentKey, Features> features = new LinkedHashMap<>();
        for (Map.Entry<StudentKey, StudentAggregate> entry : aggregates.entrySet()) {
            features.put(entry.getKey(), entry.getValue().features());
        }
        return features;
    }

    /**
     * Computes one student's features.
     *
     * @param key the student key
     * @return the features, or {@code null} if the student was not received
     */
    public Features features(StudentKey key) {
        StudentAggregate aggregate = aggregates.get(key);
        return aggregate == null ? null : aggregate.features();
    }

    /**
     * Returns the factor category of every feature seen, including measurement features.
     *
     * @return a new map from feature name to category
     */
    public Map<String, FactorCategory> categories() {
        Map<String, FactorCategory> categories = new HashMap<>();
        FeatureNames.all()
                .forEach((name, definition) -> categories.put(name, definition.category()));
        for (StudentAggregate aggregate : aggregates.values()) {
            aggregate.measurementCategories(categories);
        }
        return categories;
    }

    /**
     * Returns the first problems met: skipped students and observations. The messages carry no
     * student key.
     *
     * @return an unmodifiable list of at most 100 problems
     */
    public List<ImportProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * Counts every problem met, including those past the first 100.
     *
     * @return the count
     */
    public long problemCount() {
        return problemCount;
    }
}
