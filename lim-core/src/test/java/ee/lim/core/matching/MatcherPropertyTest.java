package ee.lim.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.service.Need;
import ee.lim.spi.service.Service;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random problems checked by {@link IndependentChecker}. Each test prints its base seed;
 * rerun one instance by putting the printed seed into {@link RandomInstances#problem}.
 */
class MatcherPropertyTest {
    private static final long BASE_SEED = 20261204L;
    private final Matcher matcher = new Matcher();

    @Test
    void match_respectsCapacityAndEligibility() {
        System.out.println("MatcherPropertyTest capacity/eligibility base seed " + BASE_SEED);
        for (int i = 0; i < 300; i++) {
            long seed = BASE_SEED + i;
            MatchingProblem problem = RandomInstances.problem(seed, 12, 6, 3);

            MatchingResult result = matcher.match(problem);

            Map<String, Service> services = new HashMap<>();
            problem.services().forEach(s -> services.put(s.id(), s));
            Map<String, StudentFacts> facts = new HashMap<>();
            problem.students().forEach(f -> facts.put(f.student().key().value(), f));
            Map<String, Integer> used = new HashMap<>();
            for (Proposal proposal : result.proposals()) {
                Service service = services.get(proposal.serviceId());
                used.merge(proposal.serviceId(), 1, Integer::sum);
                assertTrue(
                        IndependentChecker.eligible(
                                service, facts.get(proposal.student().value()), problem.asOf()),
                        "seed " + seed + ": ineligible proposal " + proposal);
            }
            for (Map.Entry<String, Integer> entry : used.entrySet()) {
                int capacity = services.get(entry.getKey()).capacity().available();
                assertTrue(
                        entry.getValue() <= capacity,
                        "seed " + seed + ": " + entry.getKey() + " over capacity");
            }
            assertEquals(
                    problem.needs().size(),
                    result.proposals().size() + result.leftOut().size(),
                    "seed " + seed + ": every need is proposed or left out");
        }
    }

    @Test
    void match_objectiveEqualsBruteForce() {
        System.out.println("MatcherPropertyTest brute force base seed " + BASE_SEED);
        for (int i = 0; i < 300; i++) {
            long seed = BASE_SEED + 1000 + i;
            MatchingProblem problem = RandomInstances.problem(seed, 4, 4, 2);

            MatchingResult result = matcher.match(problem);

            double expected = IndependentChecker.bruteForceOptimum(problem);
            double recomputed = independentTotal(problem, result);
            assertEquals(expected, recomputed, 1e-4, "seed " + seed + ": optimum");
            assertEquals(recomputed, result.objective(), 1e-9, "seed " + seed + ": objective");
        }
    }

    @Test
    void match_moreCapacityNeverCoversFewer() {
        System.out.println("MatcherPropertyTest monotone capacity base seed " + BASE_SEED);
        Random random = new Random(BASE_SEED);
        for (int i = 0; i < 200; i++) {
            long seed = BASE_SEED + 5000 + i;
            MatchingProblem problem = RandomInstances.problem(seed, 10, 5, 2);
            Service target = problem.services().get(random.nextInt(problem.services().size()));
            int extra = 1 + random.nextInt(3);

            WhatIf whatIf =
                    WhatIf.capacityChange(
                            matcher,
                            problem,
                            target.id(),
                            target.capacity().withAvailable(target.capacity().available() + extra));

            assertTrue(
                    whatIf.after().totalProposed() >= whatIf.before().totalProposed(),
                    "seed " + seed + ": coverage fell after adding capacity to " + target.id());
            assertTrue(
                    whatIf.objectiveAfter() >= whatIf.objectiveBefore() - 1e-9,
                    "seed " + seed + ": objective fell");
        }
    }

    @Test
    void match_dualPricesCertifyOptimality() {
        for (int i = 0; i < 100; i++) {
            long seed = BASE_SEED + 9000 + i;
            MatchingProblem problem = RandomInstances.problem(seed, 12, 5, 2);

            MatchingResult result = matcher.match(problem);

            for (LeftOut left : result.leftOut()) {
                if (left.reason() != LeftOut.Reason.CAPACITY_FULL) {
                    continue;
                }
                for (ScoredService option : left.evidence()) {
                    assertTrue(
                            option.price() >= option.score().total() - 1e-5,
                            "seed " + seed + ": price below score for " + option);
                }
            }
        }
    }

    private static double independentTotal(MatchingProblem problem, MatchingResult result) {
        Map<String, Service> services = new HashMap<>();
        problem.services().forEach(s -> services.put(s.id(), s));
        Map<String, StudentFacts> facts = new HashMap<>();
        problem.students().forEach(f -> facts.put(f.student().key().value(), f));
        Map<String, Need> needs = new HashMap<>();
        problem.needs().forEach(n -> needs.put(n.student().value() + "/" + n.category(), n));
        double total = 0;
        for (Proposal proposal : result.proposals()) {
            Need need = needs.get(proposal.student().value() + "/" + proposal.need());
            total +=
                    IndependentChecker.score(
                            problem.config(),
                            need,
                            facts.get(proposal.student().value()),
                            services.get(proposal.serviceId()));
        }
        return total;
    }
}
