package ee.lim.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.CohortSink;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A sink that keeps every record and checks the order a source must keep: each observation refers
 * to a student received before it, and no student key repeats. Not thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CollectingSink implements CohortSink {
    private final List<School> schools = new ArrayList<>();
    private final List<Student> students = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private final Set<StudentKey> keys = new HashSet<>();
    private final List<String> violations = new ArrayList<>();

    /** Creates an empty sink. */
    public CollectingSink() {}

    @Override
    public void school(School school) {
        schools.add(school);
    }

    @Override
    public void student(Student student) {
        if (!keys.add(student.key())) {
            violations.add("student key " + student.key() + " sent twice");
        }
        students.add(student);
    }

    @Override
    public void observation(Observation observation) {
        if (!keys.contains(observation.student())) {
            violations.add(
                    observation.getClass().getSimpleName()
                            + " for student "
                            + observation.student()
                            + " sent before the student");
        }
        observations.add(observation);
    }

    /**
     * Returns the order violations seen so far.
     *
     * @return the violations; empty when the source behaved
     */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    /**
     * Returns the records as a cohort.
     *
     * @return the cohort
     * @throws ee.lim.spi.InvalidInputException if the records break the cohort's rules
     */
    public Cohort toCohort() {
        return new Cohort(schools, students, observations);
    }

    /**
     * Returns the students received.
     *
     * @return a copy of the list
     */
    public List<Student> students() {
        return List.copyOf(students);
    }

    /**
     * Returns the observations received.
     *
     * @return a copy of the list
     */
    public List<Observation> observations() {
        return List.copyOf(observations);
    }
}
