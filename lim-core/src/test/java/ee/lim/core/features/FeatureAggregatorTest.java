package ee.lim.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.ImportProblem;
import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.Features;
import ee.lim.testkit.SyntheticCohort;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureAggregatorTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 2);

    @Test
    void aggregator_matchesIndependentAttendanceCount() {
        Cohort cohort =
                SyntheticCohort.builder().seed(7).students(40).lessonsPerDay(3).build().generate();
        FeatureAggregator aggregator = new FeatureAggregator(AS_OF, FeatureConfig.defaults());
        cohort.students().forEach(aggregator::student);
        cohort.observations().forEach(aggregator::observation);

        Map<StudentKey, Features> features = aggregator.features();

        // Recount the 4-week attendance rate and the year's unexcused hours straight from events.
        Map<StudentKey, long[]> counts = new HashMap<>();
        LocalDate from4w = AS_OF.minusDays(28);
        LocalDate yearStart = LocalDate.of(2025, 9, 1);
        for (Observation o : cohort.observations()) {
            if (o instanceof AttendanceEvent a && a.date().isBefore(AS_OF)) {
                long[] c = counts.computeIfAbsent(a.student(), k -> new long[3]);
                if (!a.date().isBefore(from4w)) {
                    c[0] += a.minutes();
                    c[1] += a.status().isAbsence() ? a.minutes() : 0;
                }
                if (!a.date().isBefore(yearStart) && a.status() == AttendanceStatus.UNEXCUSED) {
                    c[2] += a.minutes();
                }
            }
        }
        assertEquals(cohort.students().size(), features.size());
        for (Student student : cohort.students()) {
            long[] c = counts.get(student.key());
            Features f = features.get(student.key());
            assertEquals(
                    1.0 - (double) c[1] / c[0],
                    f.get(FeatureNames.ATTENDANCE_RATE_4W).getAsDouble(),
                    1e-12,
                    "attendance_rate_4w of " + student.key());
            assertEquals(
                    c[2] / 60.0,
                    f.get(FeatureNames.UNEXCUSED_HOURS_YEAR).getAsDouble(),
                    1e-9,
                    "unexcused_hours_year of " + student.key());
        }
    }

    @Test
    void aggregator_sameAsCalculator() {
        Cohort cohort = SyntheticCohort.builder().seed(3).students(25).build().generate();
        FeatureCalculator calculator = new FeatureCalculator(FeatureConfig.defaults());
        FeatureAggregator aggregator = new FeatureAggregator(AS_OF, FeatureConfig.defaults());

        SyntheticCohort.builder().seed(3).students(25).build().generate(aggregator);

        Map<StudentKey, List<Observation>> byStudent = cohort.observationsByStudent();
        for (Student student : cohort.students()) {
            assertEquals(
                    calculator.compute(student, byStudent.get(student.key()), AS_OF),
                    aggregator.features(student.key()),
                    "student " + student.key());
        }
    }

    @Test
    void observation_unknownStudentReportedAndSkipped() {
        FeatureAggregator aggregator = new FeatureAggregator(AS_OF, FeatureConfig.defaults());
        StudentKey known = new StudentKey("S1");
        aggregator.student(Student.of(known, "SCH1"));
        aggregator.student(Student.of(known, "SCH2"));

        aggregator.observation(
                new AttendanceEvent(
                        new StudentKey("S9"),
                        LocalDate.of(2026, 1, 5),
                        AttendanceEvent.Scope.DAY,
                        AttendanceStatus.UNEXCUSED,
                        300));
        aggregator.observation(
                new AttendanceEvent(
                        known,
                        LocalDate.of(2026, 1, 5),
                        AttendanceEvent.Scope.DAY,
                        AttendanceStatus.PRESENT,
                        300));

        assertEquals(2, aggregator.problemCount());
        List<ImportProblem> problems = aggregator.problems();
        assertEquals(ImportProblem.Severity.REJECTED, problems.get(0).severity());
        assertEquals("student", problems.get(0).column());
        assertEquals("AttendanceEvent", problems.get(1).column());
        for (ImportProblem problem : problems) {
            assertFalse(problem.toString().contains("S9"), problem.toString());
            assertFalse(problem.toString().contains("S1"), problem.toString());
        }
        assertEquals(1, aggregator.features().size());
        assertEquals(
                1.0, aggregator.features(known).get(FeatureNames.ATTENDANCE_RATE_4W).getAsDouble());
        assertEquals("SCH1", aggregator.students().get(0).schoolId());
    }

    @Test
    void categories_includeMeasurements() {
        FeatureAggregator aggregator = new FeatureAggregator(AS_OF, FeatureConfig.defaults());
        StudentKey key = new StudentKey("S1");
        aggregator.student(Student.of(key, "SCH1"));
        aggregator.observation(
                new ee.lim.spi.model.Measurement(
                        key, LocalDate.of(2026, 1, 5), "units_approved", 3, "grades"));
        aggregator.observation(
                new ee.lim.spi.model.Measurement(
                        key, LocalDate.of(2026, 1, 5), "study_time", 2, "not-a-category"));

        Map<String, FactorCategory> categories = aggregator.categories();

        assertEquals(FactorCategory.GRADES, categories.get("m.units_approved"));
        assertEquals(FactorCategory.BACKGROUND, categories.get("m.study_time"));
        assertEquals(FactorCategory.ATTENDANCE, categories.get(FeatureNames.ATTENDANCE_RATE_4W));
        assertTrue(categories.keySet().containsAll(FeatureNames.all().keySet()));
    }
}
