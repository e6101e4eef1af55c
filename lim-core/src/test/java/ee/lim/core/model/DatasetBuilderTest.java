package ee.lim.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.GradeScale;
import ee.lim.spi.model.Measurement;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.TrainingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetBuilderTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 10);
    private static final GradeScale ESTONIA = new GradeScale("ee-1-5", 1, 5, 3);
    private static final StudentKey A = new StudentKey("s-a");
    private static final StudentKey B = new StudentKey("s-b");
    private static final StudentKey C = new StudentKey("s-c");

    private static Student student(
            StudentKey key, Map<String, String> attributes, Map<String, String> protectedOnes) {
        return new Student(key, null, "school-1", 8, null, null, attributes, protectedOnes);
    }

    private static Cohort cohort() {
        List<Student> students =
                List.of(
                        student(
                                A,
                                Map.of("studytime", "2", "higher", "yes", "reason", "home"),
                                Map.of("sex", "F")),
                        student(
                                B,
                                Map.of("studytime", "4", "higher", "no", "reason", "course"),
                                Map.of("sex", "M")),
                        student(C, Map.of("studytime", " ", "reason", "home"), Map.of()));
        List<Observation> observations = new ArrayList<>();
        // A: two grades in Q1, the later date supersedes; one failing grade in Q2.
        observations.add(new Grade(A, LocalDate.of(2025, 10, 1), "math", "Q1", 5, ESTONIA, 0));
        observations.add(new Grade(A, LocalDate.of(2025, 10, 20), "math", "Q1", 3, ESTONIA, 0));
        observations.add(new Grade(A, LocalDate.of(2025, 10, 20), "art", "Q1", 4, ESTONIA, 0));
        observations.add(new Grade(A, LocalDate.of(2025, 12, 1), "math", "Q2", 2, ESTONIA, 0));
        // A grade on the as-of date is not before it and must not count.
        observations.add(new Grade(A, AS_OF, "math", "Q2", 1, ESTONIA, 0));
        observations.add(new Outcome(A, LocalDate.of(2026, 6, 1), Outcome.Type.DROPPED_OUT));
        observations.add(
                new Measurement(B, LocalDate.of(2025, 9, 1), "units_enrolled", 6, "ENROLMENT"));
        observations.add(
                new Measurement(B, LocalDate.of(2025, 12, 1), "units_enrolled", 5, "ENROLMENT"));
        observations.add(
                new Measurement(B, LocalDate.of(2026, 2, 1), "units_enrolled", 1, "ENROLMENT"));
        observations.add(new Outcome(B, LocalDate.of(2026, 6, 1), Outcome.Type.GRADUATED));
        // C's only outcome is before the as-of date, so C has no label.
        observations.add(new Outcome(C, LocalDate.of(2025, 6, 1), Outcome.Type.DROPPED_OUT));
        return new Cohort(List.of(), students, observations);
    }

    @Test
    void build_encodesAttributesAndObservations() {
        Dataset dataset =
                new DatasetBuilder(
                                FeatureSelection.defaults(),
                                new GradeMeasurementFeatures(),
                                LabelRule.droppedOut())
                        .build(cohort(), AS_OF);

        TrainingSet set = dataset.trainingSet();
        assertEquals(
                List.of(
                        "higher",
                        "reason=course",
                        "reason=home",
                        "studytime",
                        "grade.Q1",
                        "grade.Q2",
                        "grade.failing_count",
                        "m.units_enrolled"),
                set.featureNames());
        assertEquals(List.of(A, B), dataset.students());
        double nan = Double.NaN;
        // Q1 for A: the latest date 2025-10-20 has 3 and 4, normalised (3-1)/4 and (4-1)/4.
        assertArrayEquals(new double[] {1, 0, 1, 2, 0.625, 0.25, 1, nan}, set.rows()[0], 1e-15);
        assertArrayEquals(new double[] {0, 1, 0, 4, nan, nan, nan, 5}, set.rows()[1], 1e-15);
        assertArrayEquals(new boolean[] {true, false}, set.labels());
        assertEquals(FactorCategory.BACKGROUND, set.categories().get(0));
        assertEquals(FactorCategory.GRADES, set.categories().get(4));
        assertEquals(FactorCategory.ENROLMENT, set.categories().get(7));
    }

    @Test
    void build_reportsStudentWithoutLabel() {
        Dataset dataset =
                new DatasetBuilder(
                                FeatureSelection.defaults(),
                                FeatureFunction.none(),
                                LabelRule.droppedOut())
                        .build(cohort(), AS_OF);

        assertEquals(1, dataset.skipped().size());
        assertEquals(C, dataset.skipped().get(0).student());
        assertTrue(dataset.skipped().get(0).reason().contains("no outcome"));
    }

    @Test
    void build_protectedAttributesNotInputsByDefault() {
        Dataset dataset =
                new DatasetBuilder(
                                FeatureSelection.defaults(),
                                FeatureFunction.none(),
                                LabelRule.droppedOut())
                        .build(cohort(), AS_OF);

        assertFalse(
                dataset.trainingSet().featureNames().stream().anyMatch(n -> n.startsWith("sex")));
        assertArrayEquals(new String[] {"F", "M"}, dataset.groups("sex"));
    }

    @Test
    void build_protectedAttributeIsInputAfterOptIn() {
        Dataset dataset =
                new DatasetBuilder(
                                FeatureSelection.defaults().withProtectedInputs(Set.of("sex")),
                                FeatureFunction.none(),
                                LabelRule.droppedOut())
                        .build(cohort(), AS_OF);

        assertTrue(dataset.trainingSet().featureNames().contains("sex=F"));
        assertTrue(dataset.trainingSet().featureNames().contains("sex=M"));
    }

    @Test
    void build_failingFeatureFunctionSkipsOnlyThatStudent() {
        FeatureFunction failing =
                (student, before, asOf) -> {
                    if (student.key().equals(B)) {
                        throw new IllegalStateException("broken");
                    }
                    return Map.of("x", 1.0);
                };

        Dataset dataset =
                new DatasetBuilder(FeatureSelection.defaults(), failing, LabelRule.droppedOut())
                        .build(cohort(), AS_OF);

        assertEquals(List.of(A), dataset.students());
        assertTrue(
                dataset.skipped().stream()
                        .anyMatch(
                                s ->
                                        s.student().equals(B)
                                                && s.reason().contains("IllegalStateException")));
    }

    @Test
    void build_featureFunctionSeesOnlyEarlierObservations() {
        List<LocalDate> seen = new ArrayList<>();
        FeatureFunction recording =
                (student, before, asOf) -> {
                    before.forEach(o -> seen.add(o.date()));
                    return Map.of();
                };

        new DatasetBuilder(FeatureSelection.defaults(), recording, LabelRule.droppedOut())
                .build(cohort(), AS_OF);

        assertFalse(seen.isEmpty());
        assertTrue(seen.stream().allMatch(d -> d.isBefore(AS_OF)));
    }

    @Test
    void build_nameClashThrows() {
        FeatureFunction clashing = (student, before, asOf) -> Map.of("studytime", 1.0);

        assertThrows(
                InvalidInputException.class,
                () ->
                        new DatasetBuilder(
                                        FeatureSelection.defaults(),
                                        clashing,
                                        LabelRule.droppedOut())
                                .build(cohort(), AS_OF));
    }

    @Test
    void rows_rebuildFeaturesOfSavedModel() {
        List<String> names = List.of("reason=home", "higher", "studytime", "grade.failing_count");

        Map<StudentKey, double[]> rows =
                new DatasetBuilder(
                                FeatureSelection.defaults(),
                                new GradeMeasurementFeatures(),
                                LabelRule.droppedOut())
                        .rows(cohort(), AS_OF, names);

        assertArrayEquals(new double[] {1, 1, 2, 1}, rows.get(A), 0);
        assertArrayEquals(new double[] {0, 0, 4, Double.NaN}, rows.get(B), 0);
        assertArrayEquals(new double[] {1, Double.NaN, Double.NaN, Double.NaN}, rows.get(C), 0);
    }
}
