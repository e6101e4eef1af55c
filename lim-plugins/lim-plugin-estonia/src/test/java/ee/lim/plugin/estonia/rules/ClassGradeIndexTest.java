package ee.lim.plugin.estonia.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.testkit.SyntheticCohort;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Checks the indexed class averages against a plain scan of the cohort. */
class ClassGradeIndexTest {

    @Test
    void average_matchesScanOverRandomWindows() {
        long seed = Long.getLong("lim.test.seed", System.nanoTime());
        System.out.println("ClassGradeIndexTest seed: " + seed);
        Cohort cohort =
                SyntheticCohort.builder().seed(seed).students(150).schools(2).build().generate();
        ClassGradeIndex index = ClassGradeIndex.of(cohort);
        Map<ee.lim.spi.model.StudentKey, Student> students = new HashMap<>();
        cohort.students().forEach(s -> students.put(s.key(), s));
        SplittableRandom random = new SplittableRandom(seed);
        int compared = 0;

        for (int i = 0; i < 300; i++) {
            Student probe = cohort.students().get(random.nextInt(cohort.students().size()));
            LocalDate from = LocalDate.of(2025, 9, 1).plusDays(random.nextInt(270));
            LocalDate until = from.plusDays(random.nextInt(40));
            double sum = 0;
            int count = 0;
            for (Observation observation : cohort.observations()) {
                if (observation instanceof Grade grade
                        && !grade.date().isBefore(from)
                        && grade.date().isBefore(until)) {
                    Student owner = students.get(grade.student());
                    if (owner.schoolId().equals(probe.schoolId())
                            && owner.grade().equals(probe.grade())) {
                        sum += grade.value();
                        count++;
                    }
                }
            }

            OptionalDouble average = index.average(probe.schoolId(), probe.grade(), from, until);

            if (count == 0) {
                assertTrue(average.isEmpty(), "seed " + seed + " window " + from + " to " + until);
            } else {
                assertEquals(sum / count, average.getAsDouble(), 1e-9, "seed " + seed);
                compared++;
            }
        }
        assertTrue(compared > 50, "too few non-empty windows: " + compared);
    }

    @Test
    void average_unknownClassIsEmpty() {
        ClassGradeIndex index = ClassGradeIndex.empty();

        assertTrue(index.average("school", 5, LocalDate.MIN, LocalDate.MAX).isEmpty());
        assertTrue(index.average(null, 5, LocalDate.MIN, LocalDate.MAX).isEmpty());
    }
}
