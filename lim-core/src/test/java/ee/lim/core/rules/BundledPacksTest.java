package ee.lim.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.Features;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.risk.RuleContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bundled packs load, name their source, and band hand-picked values as their sources state.
 */
class BundledPacksTest {
    private static final StudentKey KEY = new StudentKey("S1");
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

    private static Student student(int grade, int birthYear) {
        return new Student(
                KEY, YearMonth.of(birthYear, 1), "SCH1", grade, null, null, Map.of(), Map.of());
    }

    private static List<Indicator> evaluate(
            String packId, Student student, Map<String, Double> values) {
        Features features = new Features(KEY, AS_OF, values);
        return RulePacks.get(packId)
                .evaluate(new RuleContext(student, AS_OF, List.of(), features, null));
    }

    private static Optional<RiskBand> band(List<Indicator> indicators, String ruleId) {
        return indicators.stream()
                .filter(i -> i.id().equals(ruleId))
                .map(Indicator::band)
                .findFirst();
    }

    @Test
    void registry_loadsEveryPackWithSource() {
        assertEquals(6, RulePacks.all().size());
        for (String id : RulePacks.ids()) {
            JsonRulePack pack = RulePacks.get(id);
            assertEquals(id, pack.id());
            assertFalse(pack.source().isBlank(), id + " source");
            assertFalse(pack.rules().isEmpty(), id + " rules");
            assertEquals(SpiVersion.CURRENT, pack.spiVersion());
            assertTrue(pack.isInForceOn(AS_OF), id + " in force");
        }
        assertTrue(RulePacks.byId("unknown").isEmpty());
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> RulePacks.get("unknown"));
        assertTrue(e.getMessage().contains("ewims"), e.getMessage());
    }

    @Test
    void netherlands_sixteenHoursUnderEighteen() {
        Student young = student(10, 2010);
        Student adult = student(12, 2007);

        assertEquals(
                Optional.of(RiskBand.HIGH),
                band(
                        evaluate(
                                RulePacks.NETHERLANDS_16_HOURS,
                                young,
                                Map.of("unexcused_hours_4w", 16.0)),
                        "unexcused-hours-4w"));
        assertEquals(
                Optional.of(RiskBand.NONE),
                band(
                        evaluate(
                                RulePacks.NETHERLANDS_16_HOURS,
                                young,
                                Map.of("unexcused_hours_4w", 15.75)),
                        "unexcused-hours-4w"));
        assertTrue(
                evaluate(RulePacks.NETHERLANDS_16_HOURS, adult, Map.of("unexcused_hours_4w", 40.0))
                        .isEmpty(),
                "a student of 18 or more is outside the rule");
    }

    @Test
    void ewims_chronicAbsenceBands() {
        Student student = student(9, 2011);

        assertEquals(
                Optional.of(RiskBand.HIGH),
                band(
                        evaluate(RulePacks.EWIMS, student, Map.of("attendance_rate_year", 0.90)),
                        "chronic-absence"));
        assertEquals(
                Optional.of(RiskBand.WATCH),
                band(
                        evaluate(RulePacks.EWIMS, student, Map.of("attendance_rate_year", 0.93)),
                        "chronic-absence"));
        assertEquals(
                Optional.of(RiskBand.NONE),
                band(
                        evaluate(RulePacks.EWIMS, student, Map.of("attendance_rate_year", 0.96)),
                        "chronic-absence"));
        assertEquals(
                Optional.of(RiskBand.HIGH),
                band(
                        evaluate(RulePacks.EWIMS, student, Map.of("grade_average_period", 0.5)),
                        "low-grade-average"));
    }

    @Test
    void chicago_absentWithoutCredits() {
        Student ninth = student(9, 2011);

        List<Indicator> noCredits =
                evaluate(RulePacks.CHICAGO_ON_TRACK, ninth, Map.of("failing_core_year", 0.0));
        List<Indicator> offTrack =
                evaluate(
                        RulePacks.CHICAGO_ON_TRACK,
                        ninth,
                        Map.of("credits_earned_year", 4.5, "failing_core_year", 2.0));
        List<Indicator> onTrack =
                evaluate(
                        RulePacks.CHICAGO_ON_TRACK,
                        ninth,
                        Map.of("credits_earned_year", 5.0, "failing_core_year", 1.0));
        List<Indicator> tenth =
                evaluate(
                        RulePacks.CHICAGO_ON_TRACK,
                        student(10, 2010),
                        Map.of("credits_earned_year", 1.0));

        assertEquals(Optional.empty(), band(noCredits, "credits"));
        assertEquals(Optional.of(RiskBand.HIGH), band(offTrack, "credits"));
        assertEquals(Optional.of(RiskBand.HIGH), band(offTrack, "core-failures"));
        assertEquals(Optional.of(RiskBand.NONE), band(onTrack, "credits"));
        assertEquals(Optional.of(RiskBand.NONE), band(onTrack, "core-failures"));
        assertTrue(tenth.isEmpty());
    }

    @Test
    void ireland_daysAndSuspensions() {
        List<Indicator> indicators =
                evaluate(
                        RulePacks.IRELAND_TUSLA,
                        student(8, 2012),
                        Map.of(
                                "absent_days_year", 20.0,
                                "longest_exclusion_days_year", 5.0,
                                "exclusion_days_year", 20.0));

        assertEquals(Optional.of(RiskBand.HIGH), band(indicators, "absent-days"));
        assertEquals(Optional.of(RiskBand.NONE), band(indicators, "suspension-consecutive"));
        assertEquals(Optional.of(RiskBand.HIGH), band(indicators, "suspension-cumulative"));
    }

    @Test
    void finland_thirtyFiftySeventyHours() {
        Student student = student(8, 2012);

        assertEquals(
                Optional.of(RiskBand.WATCH),
                band(
                        evaluate(
                                RulePacks.FINLAND_ABSENCE_HOURS,
                                student,
                                Map.of("absent_hours_year", 30.0)),
                        "absence-hours"));
        assertEquals(
                Optional.of(RiskBand.HIGH),
                band(
                        evaluate(
                                RulePacks.FINLAND_ABSENCE_HOURS,
                                student,
                                Map.of("absent_hours_year", 50.0)),
                        "absence-hours"));
        assertEquals(
                Optional.of(RiskBand.NONE),
                band(
                        evaluate(
                                RulePacks.FINLAND_ABSENCE_HOURS,
                                student,
                                Map.of("absent_hours_year", 69.0)),
                        "absence-hours-70"));
        assertEquals(
                Optional.of(RiskBand.HIGH),
                band(
                        evaluate(
                                RulePacks.FINLAND_ABSENCE_HOURS,
                                student,
                                Map.of("absent_hours_year", 70.0)),
                        "absence-hours-70"));
    }

    @Test
    void balfanz_middleGradesOnly() {
        Map<String, Double> values =
                Map.of(
                        "attendance_rate_year", 0.79,
                        "serious_incidents_year", 0.0,
                        "incidents_year", 1.0,
                        "failing_core_year", 1.0);

        List<Indicator> sixth = evaluate(RulePacks.BALFANZ_ABC, student(6, 2014), values);
        List<Indicator> third = evaluate(RulePacks.BALFANZ_ABC, student(3, 2017), values);

        assertEquals(Optional.of(RiskBand.HIGH), band(sixth, "attendance"));
        assertEquals(Optional.of(RiskBand.NONE), band(sixth, "behaviour-serious"));
        assertEquals(Optional.of(RiskBand.WATCH), band(sixth, "behaviour-any"));
        assertEquals(Optional.of(RiskBand.HIGH), band(sixth, "course-failure"));
        assertTrue(third.isEmpty());
    }

    @Test
    void evaluate_labelsWithPackIdAndIsDeterministic() {
        Map<String, Double> values =
                Map.of("attendance_rate_year", 0.85, "absent_hours_year", 55.0);
        for (JsonRulePack pack : RulePacks.all()) {
            RuleContext context =
                    new RuleContext(
                            student(7, 2013),
                            AS_OF,
                            List.of(),
                            new Features(KEY, AS_OF, values),
                            null);

            List<Indicator> first = pack.evaluate(context);

            assertEquals(first, pack.evaluate(context), pack.id());
            for (Indicator indicator : first) {
                assertEquals(pack.id(), indicator.rulePackId());
            }
        }
    }
}
