package ee.lim.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.lim.spi.model.Sector;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.SupportTier;
import ee.lim.spi.service.Capacity;
import ee.lim.spi.service.Eligibility;
import ee.lim.spi.service.EligibilityFact;
import ee.lim.spi.service.EligibilityResult;
import ee.lim.spi.service.NeedCategory;
import ee.lim.spi.service.Service;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityEvaluatorTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private final EligibilityEvaluator evaluator = new EligibilityEvaluator();

    private static Service service(Eligibility eligibility, boolean active) {
        return new Service(
                "svc",
                "Service",
                "provider",
                Sector.EDUCATION,
                Map.of(NeedCategory.LEARNING, 1.0),
                eligibility,
                new Capacity(1, null, "places"),
                0,
                null,
                Service.Level.SECONDARY,
                active);
    }

    private static StudentFacts student(
            YearMonth born, Integer grade, String municipality, String language) {
        Student student =
                new Student(
                        new StudentKey("k1"),
                        born,
                        "school",
                        grade,
                        municipality,
                        language,
                        Map.of(),
                        Map.of());
        return StudentFacts.of(student, SupportTier.GENERAL, ConsentStatus.GIVEN, null);
    }

    private static final StudentFacts TYPICAL = student(YearMonth.of(2012, 3), 8, "0919", "et");

    @Test
    void evaluate_openServiceIsEligible() {
        EligibilityResult result =
                evaluator.evaluate(service(Eligibility.OPEN, true), TYPICAL, AS_OF);

        assertEquals(EligibilityResult.Status.ELIGIBLE, result.status());
    }

    @Test
    void evaluate_inactiveServiceIsNotEligible() {
        EligibilityResult result =
                evaluator.evaluate(service(Eligibility.OPEN, false), TYPICAL, AS_OF);

        assertEquals(List.of("service-inactive"), result.reasons());
    }

    @Test
    void evaluate_eachRuleGivesItsReason() {
        Object[][] cases = {
            {
                new Eligibility(15, null, null, null, Set.of(), Set.of(), null, false),
                "age-below-min"
            },
            {
                new Eligibility(null, 13, null, null, Set.of(), Set.of(), null, false),
                "age-above-max"
            },
            {
                new Eligibility(null, null, 9, null, Set.of(), Set.of(), null, false),
                "grade-below-min"
            },
            {
                new Eligibility(null, null, null, 6, Set.of(), Set.of(), null, false),
                "grade-above-max"
            },
            {
                new Eligibility(null, null, null, null, Set.of("0142"), Set.of(), null, false),
                "municipality-not-served"
            },
            {
                new Eligibility(null, null, null, null, Set.of(), Set.of("ru"), null, false),
                "language-not-offered"
            },
            {
                new Eligibility(
                        null, null, null, null, Set.of(), Set.of(), SupportTier.ENHANCED, false),
                "tier-below-required"
            },
        };
        for (Object[] c : cases) {
            EligibilityResult result =
                    evaluator.evaluate(service((Eligibility) c[0], true), TYPICAL, AS_OF);

            assertEquals(EligibilityResult.Status.NOT_ELIGIBLE, result.status(), (String) c[1]);
            assertEquals(List.of(c[1]), result.reasons());
        }
    }

    @Test
    void evaluate_ageOnBoundaryIsEligible() {
        // Born March 2012: 14 on 1 November 2026.
        Eligibility exactly14 =
                new Eligibility(14, 14, null, null, Set.of(), Set.of(), null, false);

        EligibilityResult result = evaluator.evaluate(service(exactly14, true), TYPICAL, AS_OF);

        assertEquals(EligibilityResult.Status.ELIGIBLE, result.status());
    }

    @Test
    void evaluate_missingFactsGiveUnknown() {
        Eligibility all =
                new Eligibility(
                        7, 19, 1, 12, Set.of("0919"), Set.of("et"), SupportTier.GENERAL, true);
        Student bare = Student.of(new StudentKey("k2"), "school");
        StudentFacts facts = new StudentFacts(bare, false, null, ConsentStatus.UNKNOWN, null);

        EligibilityResult result = evaluator.evaluate(service(all, true), facts, AS_OF);

        assertEquals(EligibilityResult.Status.UNKNOWN, result.status());
        assertEquals(Set.of(EligibilityFact.values()), result.missing());
    }

    @Test
    void evaluate_brokenRuleOutranksMissingFact() {
        Eligibility rules =
                new Eligibility(null, null, null, null, Set.of("0142"), Set.of("et"), null, false);
        StudentFacts noLanguage = student(YearMonth.of(2012, 3), 8, "0919", null);

        EligibilityResult result = evaluator.evaluate(service(rules, true), noLanguage, AS_OF);

        assertEquals(EligibilityResult.Status.NOT_ELIGIBLE, result.status());
        assertEquals(List.of("municipality-not-served"), result.reasons());
    }

    @Test
    void evaluate_refusedConsentIsNotEligible() {
        Eligibility consent =
                new Eligibility(null, null, null, null, Set.of(), Set.of(), null, true);
        StudentFacts refused =
                StudentFacts.of(
                        TYPICAL.student(), SupportTier.SPECIAL, ConsentStatus.REFUSED, null);

        EligibilityResult result = evaluator.evaluate(service(consent, true), refused, AS_OF);

        assertEquals(List.of("consent-refused"), result.reasons());
    }

    @Test
    void isEligible_agreesWithEvaluate() {
        long seed = 31_337L;
        System.out.println("EligibilityEvaluatorTest agreement seed " + seed);
        for (int i = 0; i < 50; i++) {
            MatchingProblem problem = RandomInstances.problem(seed + i, 10, 10, 2);
            for (StudentFacts facts : problem.students()) {
                Integer age = facts.student().ageOn(problem.asOf());
                for (Service service : problem.services()) {
                    boolean full =
                            evaluator.evaluate(service, facts, problem.asOf()).status()
                                    == EligibilityResult.Status.ELIGIBLE;

                    assertEquals(
                            full,
                            EligibilityEvaluator.isEligible(service, facts, age),
                            "seed " + (seed + i) + " " + service.id());
                }
            }
        }
    }
}
