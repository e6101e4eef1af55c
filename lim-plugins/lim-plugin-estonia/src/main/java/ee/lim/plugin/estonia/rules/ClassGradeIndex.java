package ee.lim.plugin.estonia.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * The grades of every class of a cohort, indexed by date, so that the class average over any window
 * takes two binary searches. A class is one grade (class year) of one school: students with the
 * same {@link Student#schoolId()} and {@link Student#grade()}; students missing either belong to no
 * class.
 *
 * <p>Building takes O(n log n) for n grades; {@link #average} takes O(log n). Instances are
 * immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ClassGradeIndex {
    private final Map<ClassKey, Series> classes;

    private record ClassKey(String schoolId, int grade) {}

    /** Grades of one class sorted by date, with prefix sums of their values. */
    // A private holder read by index; never compared, hashed or printed.
    @SuppressWarnings("ArrayRecordComponent")
    private record Series(long[] days, double[] prefixSums) {}

    private ClassGradeIndex(Map<ClassKey, Series> classes) {
        this.classes = Map.copyOf(classes);
    }

    /**
     * Returns an index with no classes; every average is empty.
     *
     * @return the index
     */
    public static ClassGradeIndex empty() {
        return new ClassGradeIndex(Map.of());
    }

    /**
     * Indexes the grades of a cohort by class.
     *
     * @param cohort the cohort; never {@code null}
     * @return the index
     * @throws ee.lim.spi.InvalidInputException if {@code cohort} is {@code null}
     */
    public static ClassGradeIndex of(Cohort cohort) {
        Checks.present(cohort, "cohort");
        Map<StudentKey, ClassKey> classOf = new HashMap<>();
        for (Student student : cohort.students()) {
            if (student.schoolId() != null && student.grade() != null) {
                classOf.put(student.key(), new ClassKey(student.schoolId(), student.grade()));
            }
        }
        Map<ClassKey, List<Grade>> grades = new HashMap<>();
        for (Observation observation : cohort.observations()) {
            if (observation instanceof Grade grade) {
                ClassKey key = classOf.get(grade.student());
                if (key != null) {
                    grades.computeIfAbsent(key, k -> new ArrayList<>()).add(grade);
                }
            }
        }
        Map<ClassKey, Series> index = new HashMap<>();
        for (Map.Entry<ClassKey, List<Grade>> entry : grades.entrySet()) {
            List<Grade> list = entry.getValue();
            list.sort(Comparator.comparing(Grade::date));
            long[] days = new long[list.size()];
            double[] sums = new double[list.size() + 1];
            for (int i = 0; i < list.size(); i++) {
                days[i] = list.get(i).date().toEpochDay();
                sums[i + 1] = sums[i] + list.get(i).value();
            }
            index.put(entry.getKey(), new Series(days, sums));
        }
        return new ClassGradeIndex(index);
    }

    /**
     * Computes the average of a class's grades dated in a window.
     *
     * @param schoolId the school id; {@code null} gives empty
     * @param grade the class year; {@code null} gives empty
     * @param from the first day; never {@code null}
     * @param until the day after the last; never {@code null}
     * @return the mean grade in {@code [from, until)}, or empty if the class has none there
     * @throws ee.lim.spi.InvalidInputException if {@code from} or {@code until} is {@code null}
     */
    public OptionalDouble average(String schoolId, Integer grade, LocalDate from, LocalDate until) {
        Checks.present(from, "from");
        Checks.present(until, "until");
        if (schoolId == null || grade == null) {
            return OptionalDouble.empty();
        }
        Series series = classes.get(new ClassKey(schoolId, grade));
        if (series == null) {
            return OptionalDouble.empty();
        }
        int first = lowerBound(series.days(), from.toEpochDay());
        int end = lowerBound(series.days(), until.toEpochDay());
        if (end <= first) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(
                (series.prefixSums()[end] - series.prefixSums()[first]) / (end - first));
    }

    /** Returns the index of the first element not less than {@code value}. */
    private static int lowerBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
