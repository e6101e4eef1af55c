package ee.lim.plugin.estonia.rules;

import static ee.lim.plugin.estonia.rules.Fixtures.EE;
import static ee.lim.plugin.estonia.rules.Fixtures.concat;
import static ee.lim.plugin.estonia.rules.Fixtures.context;
import static ee.lim.plugin.estonia.rules.Fixtures.lessons;
import static ee.lim.plugin.estonia.rules.Fixtures.repeat;
import static ee.lim.plugin.estonia.rules.Fixtures.student;
import static ee.lim.spi.model.AttendanceStatus.EXCUSED;
import static ee.lim.spi.model.AttendanceStatus.LATE;
import static ee.lim.spi.model.AttendanceStatus.PRESENT;
import static ee.lim.spi.model.AttendanceStatus.REASON_UNKNOWN;
import static ee.lim.spi.model.AttendanceStatus.UNEXCUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.risk.RuleContext;
import ee.lim.testkit.IndicatorRulePackContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EhisAbsenceRulePackTest extends IndicatorRulePackContract {
    private static final Student PUPIL = student("p1", "school-1", 7, "0919");

    /** A Monday in the first illustrative quarter, 1 September to 24 October 2025. */
    private static final LocalDate Q1_MONDAY = LocalDate.of(2025, 9, 8);

    private static final LocalDate AS_OF = LocalDate.of(2025, 10, 20);

    @Override
    protected IndicatorRulePack createPlugin() {
        return new EhisAbsenceRulePack();
    }

    @Override
    protected List<RuleContext> contexts() {
        return List.of(
                context(PUPIL, AS_OF, List.of(), EE),
                context(PUPIL, AS_OF, lessons(PUPIL, Q1_MONDAY, 6, repeat(UNEXCUSED, 30)), EE),
                context(PUPIL, AS_OF, lessons(PUPIL, Q1_MONDAY, 6, repeat(PRESENT, 30)), null));
    }

    @Override
    protected LocalDate dateInForce() {
        return AS_OF;
    }

    private static Indicator evaluateOne(List<AttendanceStatus> statuses) {
        List<Indicator> indicators =
                new EhisAbsenceRulePack()
                        .evaluate(
                                context(PUPIL, AS_OF, lessons(PUPIL, Q1_MONDAY, 40, statuses), EE));
        assertEquals(1, indicators.size(), "indicators");
        return indicators.get(0);
    }

    @Test
    void evaluate_exactlyTwentyPercentNotReported() {
        Indicator indicator = evaluateOne(concat(repeat(UNEXCUSED, 20), repeat(PRESENT, 80)));

        assertEquals(20.0, indicator.value(), 1e-9);
        assertEquals(RiskBand.NONE, indicator.band());
        assertEquals(20.0, indicator.threshold());
    }

    @Test
    void evaluate_justAboveTwentyPercentReported() {
        Indicator indicator = evaluateOne(concat(repeat(UNEXCUSED, 21), repeat(PRESENT, 79)));

        assertEquals(21.0, indicator.value(), 1e-9);
        assertEquals(RiskBand.HIGH, indicator.band());
    }

    @Test
    void evaluate_oneLessonAboveOnOddTotalReported() {
        // 201 of 1000 lessons: 20.1 %, which a double comparison against 0.2 could get wrong.
        Indicator above = evaluateOne(concat(repeat(UNEXCUSED, 201), repeat(PRESENT, 799)));
        Indicator at = evaluateOne(concat(repeat(UNEXCUSED, 200), repeat(PRESENT, 800)));

        assertEquals(RiskBand.HIGH, above.band());
        assertEquals(RiskBand.NONE, at.band());
    }

    @Test
    void evaluate_reasonUnknownCountsTowardTwentyPercent() {
        Indicator exactly =
                evaluateOne(
                        concat(
                                repeat(UNEXCUSED, 10),
                                repeat(REASON_UNKNOWN, 10),
                                repeat(PRESENT, 80)));
        Indicator above =
                evaluateOne(
                        concat(
                                repeat(UNEXCUSED, 10),
                                repeat(REASON_UNKNOWN, 11),
                                repeat(PRESENT, 79)));
        Indicator unknownOnly =
                evaluateOne(concat(repeat(REASON_UNKNOWN, 21), repeat(PRESENT, 79)));

        assertEquals(RiskBand.NONE, exactly.band());
        assertEquals(RiskBand.HIGH, above.band());
        assertEquals(RiskBand.HIGH, unknownOnly.band());
    }

    @Test
    void evaluate_excusedAndLateDoNotCount() {
        Indicator indicator =
                evaluateOne(concat(repeat(EXCUSED, 50), repeat(LATE, 30), repeat(UNEXCUSED, 20)));

        assertEquals(20.0, indicator.value(), 1e-9);
        assertEquals(RiskBand.NONE, indicator.band());
    }

    @Test
    void evaluate_onlyTheCurrentQuarterCounts() {
        // Q1 ends on 24 October; as of 10 November the rule looks at Q2 (from 3 November).
        LocalDate asOf = LocalDate.of(2025, 11, 10);
        List<Observation> observations = new ArrayList<>();
        observations.addAll(lessons(PUPIL, Q1_MONDAY, 6, repeat(UNEXCUSED, 60)));
        observations.addAll(lessons(PUPIL, LocalDate.of(2025, 11, 3), 6, repeat(PRESENT, 30)));

        List<Indicator> indicators =
                new EhisAbsenceRulePack().evaluate(context(PUPIL, asOf, observations, EE));

        assertEquals(0.0, indicators.get(0).value());
        assertEquals(RiskBand.NONE, indicators.get(0).band());
    }

    @Test
    void evaluate_duringBreakUsesLastEndedQuarter() {
        // 24 October to 3 November is the autumn break of the illustrative quarters.
        LocalDate asOf = LocalDate.of(2025, 10, 29);
        List<Observation> observations =
                lessons(PUPIL, Q1_MONDAY, 6, concat(repeat(UNEXCUSED, 30), repeat(PRESENT, 70)));

        Indicator indicator =
                new EhisAbsenceRulePack().evaluate(context(PUPIL, asOf, observations, EE)).get(0);

        assertEquals(30.0, indicator.value(), 1e-9);
        assertEquals(RiskBand.HIGH, indicator.band());
    }

    @Test
    void evaluate_dayRecordsCountAsLessons() {
        List<Observation> observations = new ArrayList<>();
        LocalDate day = Q1_MONDAY;
        for (int i = 0; i < 10; i++) {
            AttendanceStatus status = i < 2 ? UNEXCUSED : PRESENT;
            // 270 minutes = six 45-minute lessons.
            observations.add(
                    new AttendanceEvent(
                            PUPIL.key(),
                            day.plusDays(i % 5 + 7L * (i / 5)),
                            AttendanceEvent.Scope.DAY,
                            status,
                            270));
        }

        QuarterAbsence absence =
                new EhisAbsenceRulePack()
                        .quarterAbsence(context(PUPIL, AS_OF, observations, EE))
                        .orElseThrow();

        assertEquals(60, absence.lessons());
        assertEquals(12, absence.missedWithoutValidReason());
        assertEquals(0, absence.reasonUnknown());
    }

    @Test
    void quarterAbsence_firstSeptemberUsesPreviousYear() {
        // The context holds the 2025/26 periods only; on 1 September 2025 the last quarter that
        // ended is Q4 of 2024/25 (30 March to 12 June 2025).
        LocalDate asOf = LocalDate.of(2025, 9, 1);
        List<Observation> observations =
                lessons(
                        PUPIL,
                        LocalDate.of(2025, 6, 2),
                        6,
                        concat(repeat(UNEXCUSED, 3), repeat(PRESENT, 9)));

        QuarterAbsence absence =
                new EhisAbsenceRulePack()
                        .quarterAbsence(context(PUPIL, asOf, observations, EE))
                        .orElseThrow();

        assertEquals("2024/25-Q4", absence.period().id());
        assertEquals(12, absence.lessons());
        assertEquals(3, absence.missedWithoutValidReason());
    }

    @Test
    void evaluate_noLessonsNoIndicator() {
        assertTrue(
                new EhisAbsenceRulePack().evaluate(context(PUPIL, AS_OF, List.of(), EE)).isEmpty());
    }

    @Test
    void isInForceOn_fromPgs() {
        assertFalse(createPlugin().isInForceOn(LocalDate.of(2010, 8, 31)));
        assertTrue(createPlugin().isInForceOn(LocalDate.of(2010, 9, 1)));
    }
}
