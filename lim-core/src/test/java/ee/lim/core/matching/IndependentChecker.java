package ee.lim.core.matching;

import ee.lim.spi.model.Student;
import ee.lim.spi.service.Eligibility;
import ee.lim.spi.service.Need;
import ee.lim.spi.service.Place;
import ee.lim.spi.service.Service;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second, deliberately plain implementation of eligibility, scoring and the optimum, written from
 * the documented rules without reading the production code.
 */
final class IndependentChecker {
    private IndependentChecker() {}

    /** Returns true only if every rule is met with every needed fact present. */
    static boolean eligible(Service service, StudentFacts facts, LocalDate asOf) {
        if (!service.active()) {
            return false;
        }
        Eligibility e = service.eligibility();
        Student s = facts.student();
        if (e.minAge() != null || e.maxAge() != null) {
            if (s.birthMonth() == null) {
                return false;
            }
            int age = Period.between(s.birthMonth().atDay(1), asOf).getYears();
            if ((e.minAge() != null && age < e.minAge())
                    || (e.maxAge() != null && age > e.maxAge())) {
                return false;
            }
        }
        if (e.minGrade() != null || e.maxGrade() != null) {
            if (s.grade() == null) {
                return false;
            }
            if ((e.minGrade() != null && s.grade() < e.minGrade())
                    || (e.maxGrade() != null && s.grade() > e.maxGrade())) {
                return false;
            }
        }
        if (!e.municipalities().isEmpty()
                && (s.residenceMunicipality() == null
                        || !e.municipalities().contains(s.residenceMunicipality()))) {
            return false;
        }
        if (!e.languages().isEmpty()
                && (s.language() == null || !e.languages().contains(s.language()))) {
            return false;
        }
        if (e.requiredTier() != null) {
            if (!facts.supportTierKnown() || facts.supportTier() == null) {
                return false;
            }
            if (facts.supportTier().compareTo(e.requiredTier()) < 0) {
                return false;
            }
        }
        return !e.consentRequired() || facts.consent() == ConsentStatus.GIVEN;
    }

    static double score(MatchingConfig config, Need need, StudentFacts facts, Service service) {
        Double coverage = service.coverage().get(need.category());
        if (coverage == null) {
            return Double.NEGATIVE_INFINITY;
        }
        Place from = facts.home();
        if (from == null && facts.student().residenceMunicipality() != null) {
            from = config.municipalityCentroids().get(facts.student().residenceMunicipality());
        }
        double km = 0;
        if (from != null && service.place() != null) {
            km = haversine(from, service.place());
        }
        return need.priority() * coverage
                - config.distancePenaltyPerKm() * km
                - config.waitingPenaltyPerDay() * service.waitingDays();
    }

    private static double haversine(Place a, Place b) {
        double r = 6371.0088;
        double p1 = Math.toRadians(a.latitude());
        double p2 = Math.toRadians(b.latitude());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.longitude() - a.longitude());
        double h =
                Math.pow(Math.sin(dp / 2), 2)
                        + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * r * Math.asin(Math.sqrt(h));
    }

    /** Finds the best total score over every feasible assignment by exhaustive search. */
    static double bruteForceOptimum(MatchingProblem problem) {
        Map<String, StudentFacts> facts = new HashMap<>();
        for (StudentFacts f : problem.students()) {
            facts.put(f.student().key().value(), f);
        }
        List<double[]> options = new ArrayList<>();
        List<int[]> targets = new ArrayList<>();
        for (Need need : problem.needs()) {
            StudentFacts f = facts.get(need.student().value());
            List<Double> scores = new ArrayList<>();
            List<Integer> services = new ArrayList<>();
            for (int j = 0; j < problem.services().size(); j++) {
                Service service = problem.services().get(j);
                double score = score(problem.config(), need, f, service);
                if (eligible(service, f, problem.asOf()) && score > 0) {
                    scores.add(score);
                    services.add(j);
                }
            }
            options.add(scores.stream().mapToDouble(Double::doubleValue).toArray());
            targets.add(services.stream().mapToInt(Integer::intValue).toArray());
        }
        int[] remaining = new int[problem.services().size()];
        for (int j = 0; j < remaining.length; j++) {
            remaining[j] = problem.services().get(j).capacity().available();
        }
        return search(0, options, targets, remaining);
    }

    private static double search(
            int index, List<double[]> options, List<int[]> targets, int[] remaining) {
        if (index == options.size()) {
            return 0;
        }
        double best = search(index + 1, options, targets, remaining);
        double[] scores = options.get(index);
        int[] services = targets.get(index);
        for (int k = 0; k < scores.length; k++) {
            int j = services[k];
            if (remaining[j] > 0) {
                remaining[j]--;
                best = Math.max(best, scores[k] + search(index + 1, options, targets, remaining));
                remaining[j]++;
            }
        }
        return best;
    }
}
