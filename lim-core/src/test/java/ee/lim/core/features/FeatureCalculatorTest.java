package ee.lim.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceEvent.Scope;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.BehaviourIncident;
import ee.lim.spi.model.BehaviourIncident.Severity;
import ee.lim.spi.model.EnrolmentEvent;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.GradeScale;
import ee.lim.spi.model.Jurisdiction;
import ee.lim.spi.model.Measurement;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.StudyPeriod;
import ee.lim.spi.model.SupportMeasure;
import ee.lim.spi.model.SupportTier;
import ee.lim.spi.risk.Features;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-worked cases: every expected value below is computed by hand in the comments. */
class FeatureCalculatorTest {
    private static final StudentKey KEY = new StudentKey("S1");
    private static final Student STUDENT =
            new Student(KEY, YearMonth.of(2010, 3), "SCH1", 7, "M1", "et", Map.of(), Map.of());
    private static final GradeScale SCALE = new GradeScale("ee-1-5", 1, 5, 3);
    private static final LocalDate AS_OF = LocalDate.of(2025, 11, 17);
    private static final Jurisdiction QUARTERS =
            new Jurisdiction(
                    "test",
                    SCALE,
                    List.of(),
                    List.of(
                            new StudyPeriod(
                                    "Q1", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 24)),
                            new StudyPeriod(
                                    "Q2", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 19))),
                    List.of(),
                    45,
                    List.of(),
                    List.of());
    private static final double EPS = 1e-12;

    private static AttendanceEvent lesson(String date, AttendanceStatus status) {
        return new AttendanceEvent(KEY, LocalDate.parse(date), Scope.LESSON, status, 45);
    }

    private static Features compute(List<Observation> observations) {
        return new FeatureCalculator(FeatureConfig.defaults().withJurisdiction(QUARTERS))
                .compute(STUDENT, observations, AS_OF);
    }

    private static double value(Features features, String name) {
        assertTrue(features.get(name).isPresent(), name + " is present");
        return features.get(name).getAsDouble();
    }

    private static List<Observation> attendanceCase() {
        List<Observation> list = new ArrayList<>();
        // 2025-11-10 lies in the 2-week window [11-03, 11-16] and in period Q2.
        list.add(lesson("2025-11-10", AttendanceStatus.PRESENT));
        list.add(lesson("2025-11-10", AttendanceStatus.UNEXCUSED));
        list.add(lesson("2025-11-10", AttendanceStatus.REASON_UNKNOWN));
        list.add(lesson("2025-11-10", AttendanceStatus.LATE));
        // 2025-10-27 lies in the 4-week window [10-20, 11-16] only.
        list.add(lesson("2025-10-27", AttendanceStatus.EXCUSED));
        list.add(lesson("2025-10-27", AttendanceStatus.PRESENT));
        // 2025-09-15 lies in the school year only: a whole day of 360 minutes missed.
        list.add(
                new AttendanceEvent(
                        KEY,
                        LocalDate.of(2025, 9, 15),
                        Scope.DAY,
                        AttendanceStatus.UNEXCUSED,
                        360));
        // On the as-of date, and in the previous school year: both ignored.
        for (int i = 0; i < 5; i++) {
            list.add(lesson("2025-11-17", AttendanceStatus.UNEXCUSED));
        }
        list.add(lesson("2025-08-29", AttendanceStatus.UNEXCUSED));
        return list;
    }

    @Test
    void attendance_twoWeekWindow() {
        Features features = compute(attendanceCase());

        // 180 minutes recorded, 90 absent (45 unexcused, 45 reason unknown), 45 late.
        assertEquals(0.5, value(features, FeatureNames.ATTENDANCE_RATE_2W), EPS);
        assertEquals(0.25, value(features, FeatureNames.UNEXCUSED_SHARE_2W), EPS);
        assertEquals(1.5, value(features, FeatureNames.ABSENT_HOURS_2W), EPS);
        assertEquals(0.75, value(features, FeatureNames.UNEXCUSED_HOURS_2W), EPS);
        assertEquals(0.5, value(features, FeatureNames.REASON_UNKNOWN_SHARE_2W), EPS);
        assertEquals(0.25, value(features, FeatureNames.LATE_SHARE_2W), EPS);
    }

    @Test
    void attendance_fourWeekWindow() {
        Features features = compute(attendanceCase());

        // 270 minutes recorded, 135 absent (one excused lesson more), 45 unexcused.
        assertEquals(0.5, value(features, FeatureNames.ATTENDANCE_RATE_4W), EPS);
        assertEquals(45.0 / 270, value(features, FeatureNames.UNEXCUSED_SHARE_4W), EPS);
        assertEquals(2.25, value(features, FeatureNames.ABSENT_HOURS_4W), EPS);
        assertEquals(0.75, value(features, FeatureNames.UNEXCUSED_HOURS_4W), EPS);
        assertEquals(45.0 / 135, value(features, FeatureNames.REASON_UNKNOWN_SHARE_4W), EPS);
        assertEquals(45.0 / 270, value(features, FeatureNames.LATE_SHARE_4W), EPS);
    }

    @Test
    void attendance_periodAndYear() {
        Features features = compute(attendanceCase());

        // Q2 started on 11-03: the same lessons as the 2-week window.
        assertEquals(0.5, value(features, FeatureNames.ATTENDANCE_RATE_PERIOD), EPS);
        assertEquals(0.25, value(features, FeatureNames.UNEXCUSED_SHARE_PERIOD), EPS);
        // Year: 630 minutes recorded, 495 absent, 405 unexcused.
        assertEquals(135.0 / 630, value(features, FeatureNames.ATTENDANCE_RATE_YEAR), EPS);
        assertEquals(405.0 / 630, value(features, FeatureNames.UNEXCUSED_SHARE_YEAR), EPS);
        assertEquals(8.25, value(features, FeatureNames.ABSENT_HOURS_YEAR), EPS);
        assertEquals(6.75, value(features, FeatureNames.UNEXCUSED_HOURS_YEAR), EPS);
        // Each of the three days had at least half of its minutes missed.
        assertEquals(3.0, value(features, FeatureNames.ABSENT_DAYS_YEAR), EPS);
    }

    @Test
    void attendance_periodAbsentWithoutJurisdiction() {
        Features features =
                new FeatureCalculator(FeatureConfig.defaults())
                        .compute(STUDENT, attendanceCase(), AS_OF);

        assertFalse(features.get(FeatureNames.ATTENDANCE_RATE_PERIOD).isPresent());
        assertEquals(0.5, value(features, FeatureNames.ATTENDANCE_RATE_4W), EPS);
    }

    @Test
    void attendance_noRecordsGivesNoAttendanceFeatures() {
        Features features = compute(List.of());

        assertFalse(features.get(FeatureNames.ATTENDANCE_RATE_YEAR).isPresent());
        assertFalse(features.get(FeatureNames.ABSENT_HOURS_4W).isPresent());
        assertFalse(features.get(FeatureNames.ATTENDANCE_TREND).isPresent());
        assertEquals(0.0, value(features, FeatureNames.INCIDENTS_YEAR));
    }

    @Test
    void trend_steadyDeclineHasSlopeAndFlag() {
        List<Observation> list = new ArrayList<>();
        // Mondays of the last four weeks; 0, 1, 2, then 3 of 4 lessons missed.
        String[] mondays = {"2025-10-20", "2025-10-27", "2025-11-03", "2025-11-10"};
        for (int week = 0; week < 4; week++) {
            for (int lesson = 0; lesson < 4; lesson++) {
                list.add(
                        lesson(
                                mondays[week],
                                lesson < week
                                        ? AttendanceStatus.UNEXCUSED
                                        : AttendanceStatus.PRESENT));
            }
        }

        Features features = compute(list);

        // Weekly rates 1, 0.75, 0.5, 0.25 on consecutive weeks: slope -0.25 a week.
        assertEquals(-0.25, value(features, FeatureNames.ATTENDANCE_TREND), EPS);
        assertEquals(1.0, value(features, FeatureNames.ATTENDANCE_SUSTAINED_DECLINE));
    }

    @Test
    void trend_twoDropsAreNotSustained() {
        List<Observation> list = new ArrayList<>();
        String[] mondays = {"2025-10-20", "2025-10-27", "2025-11-03", "2025-11-10"};
        int[] missed = {0, 2, 1, 3};
        for (int week = 0; week < 4; week++) {
            for (int lesson = 0; lesson < 4; lesson++) {
                list.add(
                        lesson(
                                mondays[week],
                                lesson < missed[week]
                                        ? AttendanceStatus.UNEXCUSED
                                        : AttendanceStatus.PRESENT));
            }
        }

        Features features = compute(list);

        // Rates 1, 0.5, 0.75, 0.25 at x = 4..7: slope = sum((x-5.5)(y-0.625)) / 5 = -0.2.
        assertEquals(-0.2, value(features, FeatureNames.ATTENDANCE_TREND), EPS);
        assertEquals(0.0, value(features, FeatureNames.ATTENDANCE_SUSTAINED_DECLINE));
    }

    private static List<Observation> gradeCase(boolean withPeriodIds) {
        String q1 = withPeriodIds ? "Q1" : null;
        String q2 = withPeriodIds ? "Q2" : null;
        return List.of(
                new Grade(KEY, LocalDate.of(2025, 10, 1), "math", q1, 2, SCALE, 0),
                new Grade(KEY, LocalDate.of(2025, 10, 10), "history", q1, 5, SCALE, 0),
                new Grade(KEY, LocalDate.of(2025, 11, 5), "math", q2, 4, SCALE, 0),
                new Grade(KEY, LocalDate.of(2025, 11, 12), "Language", q2, 1, SCALE, 0),
                new Grade(KEY, LocalDate.of(2025, 11, 17), "math", q2, 1, SCALE, 0));
    }

    private static void assertGradeFeatures(Features features) {
        // Q1: grades 2 (failing) and 5, normalised 0.25 and 1.0. Q2: 4 and 1 (failing), 0.75, 0.
        assertEquals(1.0, value(features, FeatureNames.FAILING_GRADES_PERIOD));
        assertEquals(1.0, value(features, FeatureNames.FAILING_GRADES_PREVIOUS_PERIOD));
        assertEquals(0.375, value(features, FeatureNames.GRADE_AVERAGE_PERIOD), EPS);
        assertEquals(0.625, value(features, FeatureNames.GRADE_AVERAGE_PREVIOUS_PERIOD), EPS);
        assertEquals(-0.25, value(features, FeatureNames.GRADE_AVERAGE_CHANGE), EPS);
        assertEquals(2.0, value(features, FeatureNames.FAILING_GRADES_YEAR));
        assertEquals(2.0, value(features, FeatureNames.FAILING_CORE_YEAR));
        assertFalse(features.get(FeatureNames.CREDITS_EARNED_YEAR).isPresent());
    }

    @Test
    void grades_periodsFromJurisdiction() {
        assertGradeFeatures(compute(gradeCase(false)));
    }

    @Test
    void grades_periodsFromGradePeriodIds() {
        assertGradeFeatures(
                new FeatureCalculator(FeatureConfig.defaults())
                        .compute(STUDENT, gradeCase(true), AS_OF));
    }

    @Test
    void credits_countPassingGradesOnly() {
        List<Observation> list =
                List.of(
                        new Grade(KEY, LocalDate.of(2025, 10, 1), "math", null, 4, SCALE, 1.0),
                        new Grade(KEY, LocalDate.of(2025, 10, 2), "art", null, 3, SCALE, 1.0),
                        new Grade(KEY, LocalDate.of(2025, 10, 3), "music", null, 5, SCALE, 0.5),
                        new Grade(KEY, LocalDate.of(2025, 10, 4), "math", null, 2, SCALE, 1.0));

        Features features = compute(list);

        assertEquals(2.5, value(features, FeatureNames.CREDITS_EARNED_YEAR), EPS);
    }

    @Test
    void behaviour_incidentsAndExclusions() {
        List<Observation> list = new ArrayList<>();
        for (String day : new String[] {"2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06"}) {
            list.add(
                    new AttendanceEvent(
                            KEY, LocalDate.parse(day), Scope.DAY, AttendanceStatus.PRESENT, 300));
        }
        list.add(incident("2025-10-01", Severity.MINOR, 0));
        list.add(incident("2025-10-02", Severity.SERIOUS, 3));
        list.add(incident("2025-10-02", Severity.MINOR, 0));
        list.add(incident("2025-11-17", Severity.SERIOUS, 5));
        list.add(incident("2025-08-20", Severity.SERIOUS, 5));

        Features features = compute(list);

        // Incidents on 2 of 4 school days; the as-of day and last school year do not count.
        assertEquals(0.5, value(features, FeatureNames.INCIDENT_DAY_SHARE_YEAR), EPS);
        assertEquals(3.0, value(features, FeatureNames.INCIDENTS_YEAR));
        assertEquals(1.0, value(features, FeatureNames.SERIOUS_INCIDENTS_YEAR));
        assertEquals(3.0, value(features, FeatureNames.EXCLUSION_DAYS_YEAR));
        assertEquals(1.0, value(features, FeatureNames.SUSPENSIONS_YEAR));
        assertEquals(3.0, value(features, FeatureNames.LONGEST_EXCLUSION_DAYS_YEAR));
    }

    private static BehaviourIncident incident(String day, Severity severity, int exclusion) {
        return new BehaviourIncident(KEY, LocalDate.parse(day), severity, "disruption", exclusion);
    }

    @Test
    void enrolment_repeatsTransfersAndAge() {
        List<Observation> list =
                List.of(
                        new EnrolmentEvent(
                                KEY, LocalDate.of(2024, 9, 1), EnrolmentEvent.Type.REPEAT, "A", 6),
                        new EnrolmentEvent(
                                KEY,
                                LocalDate.of(2025, 1, 10),
                                EnrolmentEvent.Type.TRANSFER,
                                "B",
                                6),
                        new EnrolmentEvent(
                                KEY,
                                LocalDate.of(2025, 11, 17),
                                EnrolmentEvent.Type.TRANSFER,
                                "C",
                                7));

        Features features = compute(list);

        assertEquals(1.0, value(features, FeatureNames.REPEATS));
        assertEquals(1.0, value(features, FeatureNames.TRANSFERS));
        // Born March 2010: 15 on 1 October 2025; the usual age in grade 7 is 7 + 7 - 1 = 13.
        assertEquals(2.0, value(features, FeatureNames.OVER_AGE_YEARS));
        assertEquals(15.0, value(features, FeatureNames.AGE_YEARS));
    }

    @Test
    void overAge_followsSchoolEntryAge() {
        Features features =
                new FeatureCalculator(FeatureConfig.defaults().withSchoolEntryAge(6))
                        .compute(STUDENT, List.of(), AS_OF);

        assertEquals(3.0, value(features, FeatureNames.OVER_AGE_YEARS));
    }

    @Test
    void support_highestActiveTier() {
        List<Observation> list =
                List.of(
                        new SupportMeasure(
                                KEY,
                                LocalDate.of(2025, 9, 10),
                                null,
                                SupportTier.GENERAL,
                                "x",
                                null),
                        new SupportMeasure(
                                KEY,
                                LocalDate.of(2025, 9, 1),
                                LocalDate.of(2025, 10, 1),
                                SupportTier.ENHANCED,
                                "y",
                                null),
                        new SupportMeasure(
                                KEY,
                                LocalDate.of(2025, 11, 17),
                                null,
                                SupportTier.SPECIAL,
                                "z",
                                null));

        Features features = compute(list);

        assertEquals(1.0, value(features, FeatureNames.SUPPORT_TIER));
    }

    @Test
    void measurement_latestBeforeAsOf() {
        List<Observation> list =
                List.of(
                        new Measurement(
                                KEY, LocalDate.of(2025, 9, 5), "units_enrolled", 6, "GRADES"),
                        new Measurement(
                                KEY, LocalDate.of(2025, 10, 5), "units_enrolled", 4, "GRADES"),
                        new Measurement(
                                KEY, LocalDate.of(2025, 11, 17), "units_enrolled", 9, "GRADES"));

        Features features = compute(list);

        assertEquals(4.0, value(features, "m.units_enrolled"));
    }

    @Test
    void compute_otherStudentsObservationRejected() {
        List<Observation> list =
                List.of(
                        new AttendanceEvent(
                                new StudentKey("S2"),
                                LocalDate.of(2025, 10, 1),
                                Scope.DAY,
                                AttendanceStatus.PRESENT,
                                300));
        FeatureCalculator calculator = new FeatureCalculator(FeatureConfig.defaults());

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> calculator.compute(STUDENT, list, AS_OF));

        assertFalse(e.getMessage().contains("S2"), e.getMessage());
    }

    @Test
    void windows_configurableLengths() {
        Features features =
                new FeatureCalculator(FeatureConfig.defaults().withWindowWeeks(List.of(1, 6)))
                        .compute(STUDENT, attendanceCase(), AS_OF);

        // 1 week = [11-10, 11-16]; 6 weeks = [10-06, 11-16] has the 11-10 and 10-27 lessons.
        assertEquals(0.5, value(features, "attendance_rate_1w"), EPS);
        assertEquals(0.5, value(features, "attendance_rate_6w"), EPS);
        assertFalse(features.get(FeatureNames.ATTENDANCE_RATE_4W).isPresent());
        assertTrue(FeatureNames.definition("attendance_rate_6w").isPresent());
    }
}
