package ee.lim.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.core.risk.ModelOutput;
import ee.lim.core.risk.RiskScorer;
import ee.lim.core.rules.RulePacks;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.Contribution;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskAssessment;
import ee.lim.spi.risk.RiskBand;
import ee.lim.testkit.SyntheticCohort;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplainerTest {
    private static final StudentKey KEY = new StudentKey("S000042");
    private static final LocalDate AS_OF = LocalDate.of(2025, 11, 17);
    private static final Locale ET = Locale.forLanguageTag("et");

    private static RiskAssessment assessment() {
        return new RiskAssessment(
                KEY,
                AS_OF,
                RiskBand.HIGH,
                null,
                List.of(
                        new Indicator(
                                "absence-hours",
                                "fi-absence-hours",
                                FactorCategory.ATTENDANCE,
                                35,
                                30,
                                RiskBand.WATCH),
                        new Indicator(
                                "unexcused-hours-4w",
                                "nl-16-hours",
                                FactorCategory.ATTENDANCE,
                                18,
                                16,
                                RiskBand.HIGH),
                        new Indicator(
                                "suspension",
                                "ewims",
                                FactorCategory.BEHAVIOUR,
                                0,
                                1,
                                RiskBand.NONE),
                        new Indicator(
                                "credits",
                                "chicago-on-track",
                                FactorCategory.GRADES,
                                2,
                                5,
                                RiskBand.HIGH)),
                List.of(),
                List.of("nl-16-hours@1"));
    }

    @Test
    void explain_englishSentences() {
        Explanation explanation =
                Explainer.of(Locale.ENGLISH, RulePacks.all()).explain(assessment());

        assertEquals("Risk level on Nov 17, 2025: high.", explanation.summary());
        assertEquals(3, explanation.reasons().size());
        // High before watch; among the high ones, credits is 60 % past its threshold, hours 12.5 %.
        assertEquals("chicago-on-track/credits", explanation.reasons().get(0).name());
        assertEquals(
                "Hours of unexcused absence in the last 4 weeks: 18 h (threshold 16 h, rule"
                        + " nl-16-hours/unexcused-hours-4w). This indicator's level: high. The class teacher"
                        + " should talk with the student and the family about the absences and"
                        + " agree on how the missed work is made up.",
                explanation.reasons().get(1).text());
        assertEquals("fi-absence-hours/absence-hours", explanation.reasons().get(2).name());
        assertTrue(explanation.reasons().get(2).text().contains("This indicator's level: watch."));
    }

    @Test
    void explain_estonianSentences() {
        Explanation explanation = Explainer.of(ET, RulePacks.all()).explain(assessment());

        assertTrue(explanation.summary().startsWith("Riskitase seisuga "), explanation.summary());
        assertTrue(explanation.summary().endsWith(": kõrge."), explanation.summary());
        assertEquals(
                "Põhjuseta puudumised tundides viimase 4 nädala jooksul: 18 tundi (lävi 16 tundi,"
                        + " reegel nl-16-hours/unexcused-hours-4w). Selle näitaja tase: kõrge."
                        + " Klassijuhataja võiks puudumised õpilase ja perega läbi arutada ning"
                        + " kokku leppida, kuidas õpilane mahajäänu järele teeb.",
                explanation.reasons().get(1).text());
        assertTrue(
                explanation
                        .reasons()
                        .get(2)
                        .text()
                        .contains("Selle näitaja tase: jälgimist vajav."),
                explanation.reasons().get(2).text());
    }

    @Test
    void explain_contributionsLargestFirstActionableOnly() {
        RiskAssessment assessment =
                new RiskAssessment(
                        KEY,
                        AS_OF,
                        RiskBand.WATCH,
                        0.31,
                        List.of(),
                        List.of(
                                new Contribution(
                                        "attendance_rate_4w", FactorCategory.ATTENDANCE, 0.82, 0.4),
                                new Contribution("repeats", FactorCategory.ENROLMENT, 1, 0.9),
                                new Contribution(
                                        "failing_grades_period", FactorCategory.GRADES, 3, 0.6),
                                new Contribution("support_tier", FactorCategory.SUPPORT, 1, -0.2)),
                        List.of("logistic@1"));

        Explanation actionable = Explainer.of(Locale.ENGLISH, List.of()).explain(assessment);
        Explanation all =
                Explainer.of(Locale.ENGLISH, List.of()).withAllCategories().explain(assessment);

        assertEquals(
                "Risk level on Nov 17, 2025: watch (model estimate 31%).", actionable.summary());
        assertEquals(
                List.of("failing_grades_period", "attendance_rate_4w"),
                actionable.reasons().stream().map(Reason::name).toList());
        assertEquals(
                List.of("repeats", "failing_grades_period", "attendance_rate_4w"),
                all.reasons().stream().map(Reason::name).toList());
        assertEquals(
                "Attendance in the last 4 weeks: 82%. This raised the model's risk estimate"
                        + " (log-odds +0.40). The class teacher should talk with the student and"
                        + " the family about the absences and agree on how the missed work is made"
                        + " up.",
                actionable.reasons().get(1).text());
    }

    @Test
    void explain_unknownRuleAndMeasurementNamed() {
        RiskAssessment assessment =
                new RiskAssessment(
                        KEY,
                        AS_OF,
                        RiskBand.HIGH,
                        0.7,
                        List.of(
                                new Indicator(
                                        "mine",
                                        "custom",
                                        FactorCategory.GRADES,
                                        2,
                                        1,
                                        RiskBand.HIGH)),
                        List.of(
                                new Contribution(
                                        "m.units_approved", FactorCategory.GRADES, 2, 0.3)),
                        List.of());

        Explanation explanation = Explainer.of(ET, List.of()).explain(assessment);

        assertTrue(explanation.reasons().get(0).text().startsWith("Näitaja mine: 2 (lävi 1,"));
        assertTrue(
                explanation.reasons().get(1).text().startsWith("Mõõdik „units_approved“: 2."),
                explanation.reasons().get(1).text());
    }

    @Test
    void explain_otherLanguageGetsEnglishWhateverTheDefault() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(ET);

            Explanation explanation =
                    Explainer.of(Locale.GERMAN, RulePacks.all()).explain(assessment());

            assertTrue(explanation.summary().startsWith("Risk level on "), explanation.summary());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void explain_noStudentKeyInAnySentence() {
        Cohort cohort = SyntheticCohort.builder().seed(9).students(40).build().generate();
        RiskScorer scorer =
                RiskScorer.builder()
                        .rulePacks(RulePacks.all())
                        .model(
                                "fake@1",
                                features ->
                                        new ModelOutput(
                                                0.4,
                                                List.of(
                                                        new Contribution(
                                                                "incidents_year",
                                                                FactorCategory.BEHAVIOUR,
                                                                features.get("incidents_year")
                                                                        .orElse(0),
                                                                0.2))))
                        .build();
        int sentences = 0;

        for (RiskAssessment assessment : scorer.assess(cohort, LocalDate.of(2026, 4, 20))) {
            for (Locale locale : List.of(Locale.ENGLISH, ET)) {
                Explanation explanation =
                        Explainer.of(locale, RulePacks.all())
                                .withAllCategories()
                                .explain(assessment);
                for (String sentence : explanation.sentences()) {
                    assertFalse(sentence.contains(assessment.student().value()), sentence);
                    assertFalse(sentence.matches(".*S\\d{6}.*"), sentence);
                    sentences++;
                }
            }
        }

        assertTrue(sentences > 100, "explained " + sentences + " sentences");
    }
}
