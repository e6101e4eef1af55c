package ee.lim.plugin.estonia.rules;

import static ee.lim.plugin.estonia.rules.Fixtures.EE;
import static ee.lim.plugin.estonia.rules.Fixtures.context;
import static ee.lim.plugin.estonia.rules.Fixtures.lesson;
import static ee.lim.plugin.estonia.rules.Fixtures.student;
import static ee.lim.spi.model.AttendanceStatus.EXCUSED;
import static ee.lim.spi.model.AttendanceStatus.LATE;
import static ee.lim.spi.model.AttendanceStatus.PRESENT;
import static ee.lim.spi.model.AttendanceStatus.REASON_UNKNOWN;
import static ee.lim.spi.model.AttendanceStatus.UNEXCUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.plugin.estonia.EstonianProfile;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.model.BehaviourIncident;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.risk.RuleContext;
import ee.lim.testkit.IndicatorRulePackContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WeeklyEarlyWarningPackTest extends IndicatorRulePackContract {
    /** A Monday; the 2-week window is 1 to 14 December 2025, the 4-week one from 17 November. */
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 15);

    private static final Student PUPIL = student("p1", "school-1", 7, "0919");
    private static final Student CLASSMATE = student("p2", "school-1", 7, "0917");
    private static final Student OTHER_CLASS = student("p3", "school-1", 8, "0919");

    @Override
    protected IndicatorRulePack createPlugin() {
        return new WeeklyEarlyWarningPack();
    }

    @Override
    protected List<RuleContext> contexts() {
        return List.of(
                context(PUPIL, AS_OF, List.of(), EE),
                context(PUPIL, AS_OF, pupilObservations(), EE),
                context(PUPIL, AS_OF, pupilObservations(), null));
    }

    @Override
    protected LocalDate dateInForce() {
        return AS_OF;
    }

    /** Observations of the pupil, placed so that each window count differs. */
    private static List<Observation> pupilObservations() {
        List<Observation> list = new ArrayList<>();
        // Inside both windows: 3 days with an unexcused or unknown-reason lesson.
        list.add(lesson(PUPIL, LocalDate.of(2025, 12, 1), UNEXCUSED));
        list.add(lesson(PUPIL, LocalDate.of(2025, 12, 1), UNEXCUSED));
        list.add(lesson(PUPIL, LocalDate.of(2025, 12, 3), REASON_UNKNOWN));
        list.add(lesson(PUPIL, LocalDate.of(2025, 12, 12), UNEXCUSED));

        // Only in the 4-week window: 2 more unexcused days, 1 excused day.
        list.add(lesson(PUPIL, LocalDate.of(2025, 11, 17), UNEXCUSED));
        list.add(lesson(PUPIL, LocalDate.of(2025, 11, 28), UNEXCUSED));
        list.add(lesson(PUPIL, LocalDate.of(2025, 11, 20), EXCUSED));

        // Outside both windows.
        list.add(lesson(PUPIL, LocalDate.of(2025, 11, 14), UNEXCUSED));

        // Late on two days in the 2-week window, one of them twice.
        list.add(lesson(PUPIL, LocalDate.of(2025, 12, 2), LATE));
        list.add(lesson(PUPIL, LocalDate.of(2025, 12, 2), LATE));
        list.add(lesson(PUPIL, LocalDate.of(2025, 12, 9), LATE));
        list.add(lesson(PUPIL, LocalDate.of(2025, 12, 9), PRESENT));

        // Remarks: two minor in the 2-week window, one serious (not a remark).
        list.add(
                new BehaviourIncident(
                        PUPIL.key(),
                        LocalDate.of(2025, 12, 4),
                        BehaviourIncident.Severity.MINOR,
                        "disruption",
                        0));
        list.add(
                new BehaviourIncident(
                        PUPIL.key(),
                        LocalDate.of(2025, 12, 5),
                        BehaviourIncident.Severity.MINOR,
                        "phone",
                        0));
        list.add(
                new BehaviourIncident(
                        PUPIL.key(),
                        LocalDate.of(2025, 12, 5),
                        BehaviourIncident.Severity.SERIOUS,
                        "violence",
                        1));

        // Grades: 2 and 3 in the 2-week window, 1 in the 4-week window only.
        list.add(grade(PUPIL, LocalDate.of(2025, 12, 5), 2));
        list.add(grade(PUPIL, LocalDate.of(2025, 12, 10), 3));
        list.add(grade(PUPIL, LocalDate.of(2025, 11, 21), 1));
        return list;
    }

    private static Grade grade(Student student, LocalDate day, int value) {
        return new Grade(student.key(), day, "math", null, value, EstonianProfile.GRADE_SCALE, 0);
    }

    private static Map<String, Indicator> byId(List<Indicator> indicators) {
        return indicators.stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
    }

    @Test
    void evaluate_countsDaysPerWindow() {
        Map<String, Indicator> result =
                byId(
                        new WeeklyEarlyWarningPack()
                                .evaluate(context(PUPIL, AS_OF, pupilObservations(), EE)));

        assertEquals(3.0, result.get("unexcused-days-2w").value());
        assertEquals(5.0, result.get("unexcused-days-4w").value());
        assertEquals(0.0, result.get("excused-days-2w").value());
        assertEquals(1.0, result.get("excused-days-4w").value());
        assertEquals(2.0, result.get("late-days-2w").value());
        assertEquals(2.0, result.get("negative-remarks-2w").value());
        assertEquals(1.0, result.get("failing-grades-2w").value());
        assertEquals(2.0, result.get("failing-grades-4w").value());
    }

    @Test
    void evaluate_bandsFollowDefaultThresholds() {
        Map<String, Indicator> result =
                byId(
                        new WeeklyEarlyWarningPack()
                                .evaluate(context(PUPIL, AS_OF, pupilObservations(), EE)));

        // Unexcused days: watch 1, high 3 over 2 weeks; watch 2, high 5 over 4 weeks.
        assertEquals(RiskBand.HIGH, result.get("unexcused-days-2w").band());
        assertEquals(3.0, result.get("unexcused-days-2w").threshold());
        assertEquals(RiskBand.HIGH, result.get("unexcused-days-4w").band());
        assertEquals(RiskBand.NONE, result.get("excused-days-4w").band());
        assertEquals(RiskBand.NONE, result.get("late-days-2w").band());
        assertEquals(3.0, result.get("late-days-2w").threshold());
        assertEquals(RiskBand.WATCH, result.get("negative-remarks-2w").band());
        assertEquals(RiskBand.WATCH, result.get("failing-grades-2w").band());
    }

    @Test
    void evaluate_withoutClassGradesSkipsClassAverage() {
        List<Indicator> indicators =
                new WeeklyEarlyWarningPack()
                        .evaluate(context(PUPIL, AS_OF, pupilObservations(), EE));

        assertEquals(10, indicators.size());
        assertFalse(indicators.stream().anyMatch(i -> i.id().startsWith("below-class-average")));
    }

    @Test
    void forCohort_comparesWithClassAverage() {
        List<Observation> all = new ArrayList<>(pupilObservations());

        // Classmate: 5 and 5 in the 2-week window. Class average 2w = (2+3+5+5)/4 = 3.75; pupil

        // 2.5.
        all.add(grade(CLASSMATE, LocalDate.of(2025, 12, 8), 5));
        all.add(grade(CLASSMATE, LocalDate.of(2025, 12, 11), 5));

        // Another class's grades do not count.
        all.add(grade(OTHER_CLASS, LocalDate.of(2025, 12, 8), 1));
        Cohort cohort =
                new Cohort(
                        List.of(new School("school-1", "School", "0919")),
                        List.of(PUPIL, CLASSMATE, OTHER_CLASS),
                        all);
        WeeklyEarlyWarningPack pack = WeeklyEarlyWarningPack.forCohort(cohort);

        Map<String, Indicator> result =
                byId(pack.evaluate(context(PUPIL, AS_OF, pupilObservations(), EE)));
        Map<String, Indicator> classmate =
                byId(
                        pack.evaluate(
                                context(
                                        CLASSMATE,
                                        AS_OF,
                                        List.of(all.get(all.size() - 3), all.get(all.size() - 2)),
                                        EE)));

        assertEquals(1.25, result.get("below-class-average-2w").value(), 1e-9);
        assertEquals(RiskBand.HIGH, result.get("below-class-average-2w").band());

        // 4 weeks: class (2+3+1+5+5)/5 = 3.2, pupil (2+3+1)/3 = 2.0.
        assertEquals(1.2, result.get("below-class-average-4w").value(), 1e-9);
        assertEquals(0.0, classmate.get("below-class-average-2w").value());
        assertEquals(RiskBand.NONE, classmate.get("below-class-average-2w").band());
    }

    @Test
    void thresholds_replaceOne() {
        WeeklyThresholds thresholds =
                WeeklyThresholds.defaults()
                        .with("late-days-2w", new WeeklyThresholds.Threshold(1, 2));
        WeeklyEarlyWarningPack pack =
                new WeeklyEarlyWarningPack(thresholds, ClassGradeIndex.empty());

        Map<String, Indicator> result =
                byId(pack.evaluate(context(PUPIL, AS_OF, pupilObservations(), EE)));

        assertEquals(RiskBand.HIGH, result.get("late-days-2w").band());
    }

    @Test
    void thresholds_unknownIdRejected() {
        InvalidInputException error =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                WeeklyThresholds.defaults()
                                        .with(
                                                "late-days-3w",
                                                new WeeklyThresholds.Threshold(1, 2)));

        assertTrue(error.getMessage().endsWith("got 'late-days-3w'"), error.getMessage());
    }

    @Test
    void threshold_highBelowWatchRejected() {
        assertThrows(InvalidInputException.class, () -> new WeeklyThresholds.Threshold(3, 2));
    }
}
