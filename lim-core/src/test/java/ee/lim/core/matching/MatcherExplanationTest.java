package ee.lim.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.model.Sector;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.SupportTier;
import ee.lim.spi.service.Capacity;
import ee.lim.spi.service.Eligibility;
import ee.lim.spi.service.EligibilityFact;
import ee.lim.spi.service.Need;
import ee.lim.spi.service.NeedCategory;
import ee.lim.spi.service.Place;
import ee.lim.spi.service.Service;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatcherExplanationTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final Place VORU = new Place(57.8339, 27.0192);
    private static final Place ANTSLA = new Place(57.8254, 26.5400);

    private static StudentFacts student(String key, String municipality, Place home) {
        Student s =
                new Student(
                        new StudentKey(key),
                        YearMonth.of(2011, 5),
                        "school",
                        9,
                        municipality,
                        "et",
                        Map.of(),
                        Map.of());
        return StudentFacts.of(s, SupportTier.GENERAL, ConsentStatus.GIVEN, home);
    }

    private static Need need(String key, double priority) {
        return new Need(
                new StudentKey(key),
                NeedCategory.ATTENDANCE,
                priority,
                Need.Origin.RECORDED,
                List.of("specialist"),
                AS_OF);
    }

    private static Service service(String id, int capacity, Place place, Eligibility eligibility) {
        return new Service(
                id,
                "Service " + id,
                "provider",
                Sector.SOCIAL,
                Map.of(NeedCategory.ATTENDANCE, 0.8),
                eligibility,
                new Capacity(capacity, null, "places"),
                10,
                place,
                Service.Level.SECONDARY,
                true);
    }

    @Test
    void match_explainsProposalAndNextBest() {
        MatchingProblem problem =
                new MatchingProblem(
                        AS_OF,
                        List.of(student("a", "0919", VORU)),
                        List.of(need("a", 0.9)),
                        List.of(
                                service("near", 1, VORU, Eligibility.OPEN),
                                service("far", 1, ANTSLA, Eligibility.OPEN)),
                        MatchingConfig.DEFAULTS);

        MatchingResult result = new Matcher().match(problem);

        Proposal proposal = result.proposals().get(0);
        assertEquals("near", proposal.serviceId());
        assertEquals(0.9 * 0.8 - 0.002 * 10, proposal.score().total(), 1e-12);
        assertEquals(Score.DistanceBasis.HOME, proposal.score().distanceBasis());
        assertNotNull(proposal.nextBest());
        assertEquals("far", proposal.nextBest().serviceId());
        assertTrue(proposal.nextBest().score().distanceKm() > 25);
        assertTrue(proposal.nextBest().score().total() < proposal.score().total());
    }

    @Test
    void match_usesCentroidWhenHomeUnknown() {
        MatchingConfig config = MatchingConfig.DEFAULTS.withCentroids(Map.of("0142", ANTSLA));
        MatchingProblem problem =
                new MatchingProblem(
                        AS_OF,
                        List.of(student("a", "0142", null), student("b", "0917", null)),
                        List.of(need("a", 0.9), need("b", 0.9)),
                        List.of(service("voru", 2, VORU, Eligibility.OPEN)),
                        config);

        MatchingResult result = new Matcher().match(problem);

        assertEquals(
                Score.DistanceBasis.MUNICIPALITY_CENTROID,
                result.proposals().get(0).score().distanceBasis());
        assertEquals(Score.DistanceBasis.NONE, result.proposals().get(1).score().distanceBasis());
        assertNull(result.proposals().get(1).score().distanceKm());
    }

    @Test
    void match_reportsCapacityFullWithPrices() {
        MatchingProblem problem =
                new MatchingProblem(
                        AS_OF,
                        List.of(student("a", "0919", VORU), student("b", "0919", VORU)),
                        List.of(need("a", 0.9), need("b", 0.4)),
                        List.of(service("only", 1, VORU, Eligibility.OPEN)),
                        MatchingConfig.DEFAULTS);

        MatchingResult result = new Matcher().match(problem);

        assertEquals("a", result.proposals().get(0).student().value());
        LeftOut left = result.leftOut().get(0);
        assertEquals(LeftOut.Reason.CAPACITY_FULL, left.reason());
        ScoredService option = left.evidence().get(0);
        assertTrue(option.price() >= option.score().total() - 1e-6, option.toString());
        assertTrue(result.servicePrices().get("only") > 0);
    }

    @Test
    void match_reportsMissingFactsAndIneligibility() {
        Eligibility antslaOnly =
                new Eligibility(null, null, null, null, Set.of("0142"), Set.of(), null, false);
        Eligibility consent =
                new Eligibility(null, null, null, null, Set.of(), Set.of(), null, true);
        StudentFacts unknownConsent =
                StudentFacts.of(
                        student("c", "0919", VORU).student(),
                        SupportTier.GENERAL,
                        ConsentStatus.UNKNOWN,
                        VORU);
        MatchingProblem problem =
                new MatchingProblem(
                        AS_OF,
                        List.of(student("a", "0919", VORU), unknownConsent),
                        List.of(need("a", 0.9), need("c", 0.9)),
                        List.of(
                                service("antsla", 5, ANTSLA, antslaOnly),
                                service("needs-consent", 0, VORU, consent)),
                        MatchingConfig.DEFAULTS);

        MatchingResult result = new Matcher().match(problem);

        LeftOut a = result.leftOut().get(0);
        assertEquals(LeftOut.Reason.CAPACITY_FULL, a.reason());
        assertEquals(Map.of("municipality-not-served", 1), a.ineligibleReasons());
        LeftOut c = result.leftOut().get(1);
        assertEquals(LeftOut.Reason.MISSING_FACTS, c.reason());
        assertEquals(Set.of(EligibilityFact.CONSENT), c.missingFacts());
        assertEquals(List.of("needs-consent"), c.unknownServices());
    }

    @Test
    void match_reportsNoEligibleService() {
        Eligibility antslaOnly =
                new Eligibility(null, null, null, null, Set.of("0142"), Set.of(), null, false);
        MatchingProblem problem =
                new MatchingProblem(
                        AS_OF,
                        List.of(student("a", "0919", VORU)),
                        List.of(need("a", 0.9)),
                        List.of(service("antsla", 5, ANTSLA, antslaOnly)),
                        MatchingConfig.DEFAULTS);

        LeftOut left = new Matcher().match(problem).leftOut().get(0);

        assertEquals(LeftOut.Reason.NO_ELIGIBLE_SERVICE, left.reason());
        assertEquals(Map.of("municipality-not-served", 1), left.ineligibleReasons());
    }

    @Test
    void match_reportsPenaltiesExceedingBenefit() {
        MatchingConfig costly = new MatchingConfig(1.0, 0.0, Map.of());
        MatchingProblem problem =
                new MatchingProblem(
                        AS_OF,
                        List.of(student("a", "0919", VORU)),
                        List.of(need("a", 0.9)),
                        List.of(service("antsla", 5, ANTSLA, Eligibility.OPEN)),
                        costly);

        LeftOut left = new Matcher().match(problem).leftOut().get(0);

        assertEquals(LeftOut.Reason.PENALTIES_EXCEED_BENEFIT, left.reason());
        assertTrue(left.evidence().get(0).score().total() < 0);
    }

    @Test
    void match_ignoresInputOrder() {
        long seed = 4242L;
        System.out.println("MatcherExplanationTest input order seed " + seed);
        MatchingProblem problem = RandomInstances.problem(seed, 40, 10, 3);
        List<StudentFacts> students = new ArrayList<>(problem.students());
        List<Need> needs = new ArrayList<>(problem.needs());
        List<Service> services = new ArrayList<>(problem.services());
        Random random = new Random(seed);
        Collections.shuffle(students, random);
        Collections.shuffle(needs, random);
        Collections.shuffle(services, random);
        MatchingProblem shuffled =
                new MatchingProblem(problem.asOf(), students, needs, services, problem.config());

        MatchingResult first = new Matcher().match(problem);
        MatchingResult second = new Matcher().match(shuffled);

        assertEquals(first.proposals(), second.proposals());
        assertEquals(first.leftOut(), second.leftOut());
        assertEquals(first.provenance(), second.provenance());
    }

    @Test
    void coverage_countsPerNeedAndMunicipality() {
        MatchingProblem problem =
                new MatchingProblem(
                        AS_OF,
                        List.of(
                                student("a", "0919", VORU),
                                student("b", "0919", VORU),
                                student("c", "0142", ANTSLA)),
                        List.of(need("a", 0.9), need("b", 0.5), need("c", 0.7)),
                        List.of(service("voru", 1, VORU, Eligibility.OPEN)),
                        MatchingConfig.DEFAULTS);
        Matcher matcher = new Matcher();

        CoverageTable table = CoverageTable.of(problem, matcher.match(problem));
        WhatIf whatIf =
                WhatIf.capacityChange(matcher, problem, "voru", new Capacity(3, null, "places"));

        assertEquals(
                List.of(
                        new CoverageRow(NeedCategory.ATTENDANCE, "0142", 1, 0),
                        new CoverageRow(NeedCategory.ATTENDANCE, "0919", 2, 1)),
                table.rows());
        assertEquals(1, table.rows().get(1).gap());
        assertEquals(table, whatIf.before());
        assertEquals(3, whatIf.after().totalProposed());
    }

    @Test
    void match_emptyProblemsGiveEmptyResults() {
        MatchingProblem noNeeds =
                new MatchingProblem(
                        AS_OF,
                        List.of(student("a", "0919", VORU)),
                        List.of(),
                        List.of(service("voru", 1, VORU, Eligibility.OPEN)),
                        MatchingConfig.DEFAULTS);
        MatchingProblem noServices =
                new MatchingProblem(
                        AS_OF,
                        List.of(student("a", "0919", VORU)),
                        List.of(need("a", 0.9)),
                        List.of(),
                        MatchingConfig.DEFAULTS);

        MatchingResult first = new Matcher().match(noNeeds);
        MatchingResult second = new Matcher().match(noServices);

        assertTrue(first.proposals().isEmpty());
        assertTrue(first.leftOut().isEmpty());
        assertEquals(0.0, first.objective());
        assertEquals(LeftOut.Reason.NO_ELIGIBLE_SERVICE, second.leftOut().get(0).reason());
    }

    @Test
    void match_zeroCapacityLeavesNeedsOut() {
        MatchingProblem problem =
                new MatchingProblem(
                        AS_OF,
                        List.of(student("a", "0919", VORU)),
                        List.of(need("a", 0.9)),
                        List.of(service("full", 0, VORU, Eligibility.OPEN)),
                        MatchingConfig.DEFAULTS);

        MatchingResult result = new Matcher().match(problem);

        assertEquals(LeftOut.Reason.CAPACITY_FULL, result.leftOut().get(0).reason());
        double score = result.leftOut().get(0).evidence().get(0).score().total();
        assertTrue(result.servicePrices().get("full") >= score - 1e-6);
    }
}
