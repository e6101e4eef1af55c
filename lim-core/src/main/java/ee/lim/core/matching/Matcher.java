package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.service.EligibilityFact;
import ee.lim.spi.service.EligibilityResult;
import ee.lim.spi.service.Need;
import ee.lim.spi.service.Place;
import ee.lim.spi.service.Service;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Proposes services for students' needs by one global optimisation.
 *
 * <p>It maximises {@code Σ score(student, need, service)} over the proposals, where the score is
 * defined in {@link MatchingConfig}, subject to:
 *
 * <ul>
 *   <li>each service takes at most {@code capacity().available()} (student, need) pairs. NOTE: a
 *       student proposed one service for two needs takes two places there, because the flow model
 *       counts needs, not students;
 *   <li>each (student, need) gets at most one service;
 *   <li>only pairs that {@link EligibilityEvaluator} rates {@code ELIGIBLE} and that score above 0
 *       are considered; {@code UNKNOWN} pairs are left out and their missing facts reported.
 * </ul>
 *
 * <p>The problem is a minimum-cost flow with unit supplies; it is solved exactly by successive
 * shortest paths with potentials (see {@code AssignmentSolver} for the algorithm and its running
 * time, {@code O(N · (A + V) log V)} in the worst case). Scores are rounded to multiples of
 * 10<sup>-6</sup> for the solver, so the reported objective can fall short of the true optimum by
 * at most {@code N × 10}<sup>-6</sup> for {@code N} needs.
 *
 * <p>Ties: among assignments with the same rounded objective, one with the most proposals wins
 * (each arc's integer weight is {@code round(score × 10^6) × (N + 1) + 1}, which makes the
 * objective lexicographic). Remaining ties are broken by a fixed order: the input is sorted first
 * (students by key, needs by category, services by id), and the solver prefers the lower node index
 * between equally short augmenting paths. The result is therefore a function of the input as a set:
 * reordering the lists changes nothing. With the count tie-break, adding capacity to a service
 * never lowers the number of proposals.
 *
 * <p>Thread-safe: it keeps no state between calls.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Matcher {
    /** The name and version of the algorithm, as recorded in the provenance. */
    public static final String ALGORITHM = "lim-ssp-potentials@1";

    /** Scores are rounded to multiples of 1/SCALE for the solver. */
    private static final double SCALE = 1e6;

    private final EligibilityEvaluator evaluator;

    /** Creates a matcher with the standard {@link EligibilityEvaluator}. */
    public Matcher() {
        this.evaluator = new EligibilityEvaluator();
    }

    /**
     * Computes the optimal proposals for a problem.
     *
     * @param problem the students, needs, services and weights; never {@code null}
     * @return the proposals, the needs left out with reasons, the dual prices and the provenance;
     *     never {@code null}
     * @throws ee.lim.spi.InvalidInputException if {@code problem} is null
     */
    public MatchingResult match(MatchingProblem problem) {
        Checks.present(problem, "problem");
        Instance instance = Instance.of(problem);
        long multiplier = instance.needs.size() + 1L;
        Arcs arcs = buildArcs(problem, instance, multiplier);
        AssignmentSolver solver =
                new AssignmentSolver(arcs.start, arcs.service, arcs.weight, capacities(instance));
        int[] assigned = solver.solve();
        double[] prices = new double[instance.services.size()];
        Map<String, Double> priceById = new LinkedHashMap<>();
        for (int s = 0; s < prices.length; s++) {
            prices[s] = solver.price(s) / (SCALE * multiplier);
            priceById.put(instance.services.get(s).id(), prices[s]);
        }
        List<Proposal> proposals = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        double objective = 0;
        for (int u = 0; u < instance.needs.size(); u++) {
            if (assigned[u] == AssignmentSolver.UNASSIGNED) {
                leftOut.add(explainLeftOut(problem, instance, arcs, u, prices));
            } else {
                Proposal proposal = propose(problem, instance, arcs, u, assigned[u], prices);
                objective += proposal.score().total();
                proposals.add(proposal);
            }
        }
        Provenance provenance =
                new Provenance(
                        ProblemHash.sha256(problem),
                        problem.config().describe(),
                        problem.asOf(),
                        ALGORITHM);
        return new MatchingResult(
                List.copyOf(proposals),
                List.copyOf(leftOut),
                objective,
                java.util.Collections.unmodifiableMap(priceById),
                provenance);
    }

    private static int[] capacities(Instance instance) {
        int[] capacity = new int[instance.services.size()];
        for (int s = 0; s < capacity.length; s++) {
            capacity[s] = instance.services.get(s).capacity().available();
        }
        return capacity;
    }

    private Arcs buildArcs(MatchingProblem problem, Instance instance, long multiplier) {
        Arcs arcs = new Arcs(instance.needs.size());
        StudentKey previous = null;
        Integer age = null;
        for (int u = 0; u < instance.needs.size(); u++) {
            Need need = instance.needs.get(u);
            StudentFacts facts = instance.facts.get(need.student());
            if (!need.student().equals(previous)) {
                age = facts.student().ageOn(problem.asOf());
                previous = need.student();
            }
            String municipality = facts.student().residenceMunicipality();
            for (int s : instance.index.candidates(need.category(), municipality)) {
                Service service = instance.services.get(s);
                if (!EligibilityEvaluator.isEligible(service, facts, age)) {
                    continue;
                }
                double total = scoreTotal(problem.config(), need, facts, service);
                long rounded = Math.round(total * SCALE);
                if (rounded > 0) {
                    arcs.add(s, rounded * multiplier + 1);
                }
            }
            arcs.close(u);
        }
        return arcs;
    }

    /**
     * Computes {@code score(config, need, facts, service).total()} without building the parts, for
     * the arcs of the flow network.
     */
    private static double scoreTotal(
            MatchingConfig config, Need need, StudentFacts facts, Service service) {
        double coverage = service.coverage().getOrDefault(need.category(), 0.0);
        double total =
                need.priority() * coverage - config.waitingPenaltyPerDay() * service.waitingDays();
        Place from = facts.home();
        if (from == null) {
            String municipality = facts.student().residenceMunicipality();
            from = municipality == null ? null : config.municipalityCentroids().get(municipality);
        }
        if (from != null && service.place() != null) {
            total -= config.distancePenaltyPerKm() * from.distanceKm(service.place());
        }
        return total;
    }

    /**
     * Scores one need at one service, without checking eligibility.
     *
     * @param config the weights
     * @param need the need
     * @param facts the student's facts
     * @param service the service, which must cover the need's category
     * @return the score with its parts
     */
    static Score score(MatchingConfig config, Need need, StudentFacts facts, Service service) {
        double coverage = service.coverage().getOrDefault(need.category(), 0.0);
        Score.DistanceBasis basis = Score.DistanceBasis.NONE;
        Place from = facts.home();
        if (from != null) {
            basis = Score.DistanceBasis.HOME;
        } else {
            String municipality = facts.student().residenceMunicipality();
            from = municipality == null ? null : config.municipalityCentroids().get(municipality);
            if (from != null) {
                basis = Score.DistanceBasis.MUNICIPALITY_CENTROID;
            }
        }
        Double km = null;
        double distancePenalty = 0;
        if (from != null && service.place() != null) {
            km = from.distanceKm(service.place());
            distancePenalty = config.distancePenaltyPerKm() * km;
        } else {
            basis = Score.DistanceBasis.NONE;
        }
        double waitingPenalty = config.waitingPenaltyPerDay() * service.waitingDays();
        double total = need.priority() * coverage - distancePenalty - waitingPenalty;
        return new Score(
                need.priority(),
                coverage,
                km,
                basis,
                distancePenalty,
                service.waitingDays(),
                waitingPenalty,
                total);
    }

    private static Proposal propose(
            MatchingProblem problem,
            Instance instance,
            Arcs arcs,
            int node,
            int arc,
            double[] prices) {
        Need need = instance.needs.get(node);
        StudentFacts facts = instance.facts.get(need.student());
        Service chosen = instance.services.get(arcs.service[arc]);
        int best = -1;
        for (int a = arcs.start[node]; a < arcs.start[node + 1]; a++) {
            if (a != arc && (best < 0 || arcs.weight[a] > arcs.weight[best])) {
                best = a;
            }
        }
        ScoredService nextBest = null;
        if (best >= 0) {
            Service other = instance.services.get(arcs.service[best]);
            nextBest =
                    new ScoredService(
                            other.id(),
                            score(problem.config(), need, facts, other),
                            prices[arcs.service[best]]);
        }
        return new Proposal(
                need.student(),
                need.category(),
                chosen.id(),
                score(problem.config(), need, facts, chosen),
                nextBest);
    }

    private LeftOut explainLeftOut(
            MatchingProblem problem, Instance instance, Arcs arcs, int node, double[] prices) {
        Need need = instance.needs.get(node);
        StudentFacts facts = instance.facts.get(need.student());
        List<ScoredService> evidence = new ArrayList<>();
        for (int a = arcs.start[node]; a < arcs.start[node + 1]; a++) {
            Service service = instance.services.get(arcs.service[a]);
            evidence.add(
                    new ScoredService(
                            service.id(),
                            score(problem.config(), need, facts, service),
                            prices[arcs.service[a]]));
        }
        Map<String, Integer> ineligible = new TreeMap<>();
        Set<EligibilityFact> missing = EnumSet.noneOf(EligibilityFact.class);
        List<String> unknown = new ArrayList<>();
        List<ScoredService> unprofitable = new ArrayList<>();
        List<Integer> covering = instance.index.covering(need.category());
        String municipality = facts.student().residenceMunicipality();
        List<Integer> candidates = instance.index.candidates(need.category(), municipality);
        int outsideArea = covering.size() - candidates.size();
        if (outsideArea > 0) {
            ineligible.put("municipality-not-served", outsideArea);
        }
        for (int s : candidates) {
            Service service = instance.services.get(s);
            EligibilityResult answer = evaluator.evaluate(service, facts, problem.asOf());
            switch (answer.status()) {
                case NOT_ELIGIBLE -> {
                    for (String reason : answer.reasons()) {
                        ineligible.merge(reason, 1, Integer::sum);
                    }
                }
                case UNKNOWN -> {
                    missing.addAll(answer.missing());
                    unknown.add(service.id());
                }
                default -> {
                    Score score = score(problem.config(), need, facts, service);
                    if (Math.round(score.total() * SCALE) <= 0) {
                        unprofitable.add(new ScoredService(service.id(), score, prices[s]));
                    }
                }
            }
        }
        LeftOut.Reason reason;
        if (!evidence.isEmpty()) {
            reason = LeftOut.Reason.CAPACITY_FULL;
        } else if (!unprofitable.isEmpty()) {
            reason = LeftOut.Reason.PENALTIES_EXCEED_BENEFIT;
            evidence = unprofitable;
        } else if (!unknown.isEmpty()) {
            reason = LeftOut.Reason.MISSING_FACTS;
        } else {
            reason = LeftOut.Reason.NO_ELIGIBLE_SERVICE;
        }
        return new LeftOut(
                need.student(),
                need.category(),
                reason,
                java.util.Collections.unmodifiableMap(ineligible),
                java.util.Collections.unmodifiableSet(missing),
                List.copyOf(unknown),
                List.copyOf(evidence));
    }

    /** The problem in canonical order. */
    static final class Instance {
        final List<Service> services;
        final List<Need> needs;
        final Map<StudentKey, StudentFacts> facts;
        final ServiceIndex index;

        private Instance(
                List<Service> services,
                List<Need> needs,
                Map<StudentKey, StudentFacts> facts,
                ServiceIndex index) {
            this.services = services;
            this.needs = needs;
            this.facts = facts;
            this.index = index;
        }

        static Instance of(MatchingProblem problem) {
            List<Service> services = new ArrayList<>(problem.services());
            services.sort(Comparator.comparing(Service::id));
            List<Need> needs = new ArrayList<>(problem.needs());
            needs.sort(Comparator.comparing(Need::student).thenComparing(Need::category));
            Map<StudentKey, StudentFacts> facts = new HashMap<>();
            for (StudentFacts f : problem.students()) {
                facts.put(f.student().key(), f);
            }
            return new Instance(services, needs, facts, new ServiceIndex(services));
        }
    }

    /** Eligible arcs in compressed rows: node {@code u} owns {@code start[u]..start[u+1]-1}. */
    private static final class Arcs {
        final int[] start;
        int[] service = new int[1024];
        long[] weight = new long[1024];
        private int size;

        Arcs(int nodes) {
            this.start = new int[nodes + 1];
        }

        void add(int s, long w) {
            if (size == service.length) {
                service = Arrays.copyOf(service, size * 2);
                weight = Arrays.copyOf(weight, size * 2);
            }
            service[size] = s;
            weight[size] = w;
            size++;
        }

        void close(int node) {
            start[node + 1] = size;
        }
    }
}
