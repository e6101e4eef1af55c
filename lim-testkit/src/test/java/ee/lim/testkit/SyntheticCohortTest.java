package ee.lim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.StudentKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticCohortTest {

    @Test
    void generate_sameSeedSameCohort() {
        Cohort first = SyntheticCohort.builder().seed(7).students(30).build().generate();
        Cohort second = SyntheticCohort.builder().seed(7).students(30).build().generate();

        assertEquals(first, second);
    }

    @Test
    void generate_otherSeedOtherCohort() {
        Cohort first = SyntheticCohort.builder().seed(7).students(30).build().generate();
        Cohort second = SyntheticCohort.builder().seed(8).students(30).build().generate();

        assertNotEquals(first.observations(), second.observations());
    }

    @Test
    void generate_everyStudentHasOneOutcome() {
        Cohort cohort = SyntheticCohort.builder().seed(3).students(50).build().generate();

        Map<StudentKey, List<Observation>> byStudent = cohort.observationsByStudent();

        assertEquals(50, byStudent.size());
        for (List<Observation> observations : byStudent.values()) {
            long outcomes = observations.stream().filter(o -> o instanceof Outcome).count();
            assertEquals(1, outcomes);
        }
    }

    @Test
    void generate_lessonLevelCountsLessons() {
        Cohort dayLevel = SyntheticCohort.builder().seed(5).students(5).build().generate();
        Cohort lessonLevel =
                SyntheticCohort.builder().seed(5).students(5).lessonsPerDay(6).build().generate();

        long days =
                dayLevel.observations().stream().filter(o -> o instanceof AttendanceEvent).count();
        long lessons =
                lessonLevel.observations().stream()
                        .filter(o -> o instanceof AttendanceEvent)
                        .count();

        assertEquals(6 * days, lessons);
    }

    @Test
    void streaming_matchesInMemory() {
        SyntheticCohort generator = SyntheticCohort.builder().seed(11).students(20).build();
        CollectingSink sink = new CollectingSink();

        long sent = generator.generate(sink);

        assertEquals(generator.generate(), sink.toCohort());
        assertEquals(sent, sink.observations().size());
        assertTrue(sink.violations().isEmpty(), sink.violations().toString());
    }

    @Test
    void adverseOutcome_moreLikelyWithMoreAbsence() {
        Cohort cohort = SyntheticCohort.builder().seed(13).students(600).build().generate();
        Map<StudentKey, List<Observation>> byStudent = cohort.observationsByStudent();

        double[] absenceOfDropouts = new double[2];
        double[] absenceOfOthers = new double[2];
        for (List<Observation> observations : byStudent.values()) {
            long absent =
                    observations.stream()
                            .filter(o -> o instanceof AttendanceEvent a && a.status().isAbsence())
                            .count();
            long recorded = observations.stream().filter(o -> o instanceof AttendanceEvent).count();
            boolean dropout =
                    observations.stream()
                            .anyMatch(
                                    o ->
                                            o instanceof Outcome out
                                                    && out.type() == Outcome.Type.DROPPED_OUT);
            double[] target = dropout ? absenceOfDropouts : absenceOfOthers;
            target[0] += absent / (double) recorded;
            target[1]++;
        }

        assertTrue(absenceOfDropouts[1] > 10, "too few dropouts: " + absenceOfDropouts[1]);
        assertTrue(
                absenceOfDropouts[0] / absenceOfDropouts[1]
                        > absenceOfOthers[0] / absenceOfOthers[1],
                "dropouts should miss more school on average");
    }
}
