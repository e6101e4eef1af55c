package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Students, their schools and their observations, held in memory.
 *
 * <p>Every observation refers to a student of the cohort, and student keys are unique. For inputs
 * too large for memory, read through a {@link CohortSink} instead.
 *
 * @param schools the schools; never {@code null}
 * @param students the students, keys unique; never {@code null}
 * @param observations observations about those students, in any order; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Cohort(List<School> schools, List<Student> students, List<Observation> observations) {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param schools the schools; never {@code null}
     * @param students the students, keys unique; never {@code null}
     * @param observations observations about those students, in any order; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Cohort {
        schools = Checks.listOf(schools, "Cohort.schools");
        students = Checks.listOf(students, "Cohort.students");
        observations = Checks.listOf(observations, "Cohort.observations");
        Set<StudentKey> keys = new HashSet<>();
        for (Student student : students) {
            if (!keys.add(student.key())) {
                throw new InvalidInputException(
                        "Cohort.students",
                        "Cohort.students has two students with key "
                                + student.key()
                                + "; keys must be unique");
            }
        }
        for (Observation observation : observations) {
            if (!keys.contains(observation.student())) {
                throw new InvalidInputException(
                        "Cohort.observations",
                        "Cohort.observations has a "
                                + observation.getClass().getSimpleName()
                                + " for unknown student "
                                + observation.student()
                                + "; add the student or drop the observation");
            }
        }
    }

    /**
     * Groups the observations by student, keeping their order.
     *
     * @return a new map from every student key, in student order, to that student's observations;
     *     students without observations map to an empty list
     */
    public Map<StudentKey, List<Observation>> observationsByStudent() {
        Map<StudentKey, List<Observation>> byStudent = new LinkedHashMap<>();
        for (Student student : students) {
            byStudent.put(student.key(), new ArrayList<>());
        }
        for (Observation observation : observations) {
            byStudent.get(observation.student()).add(observation);
        }
        return byStudent;
    }
}
