package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.service.Capacity;
import ee.lim.spi.service.Service;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The coverage of a problem before and after one service's capacity changes.
 *
 * @param serviceId the service whose capacity changed; never {@code null}
 * @param capacity the new capacity; never {@code null}
 * @param before the coverage with the capacity as given; never {@code null}
 * @param after the coverage with the new capacity; never {@code null}
 * @param objectiveBefore the objective with the capacity as given
 * @param objectiveAfter the objective with the new capacity
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WhatIf(
        String serviceId,
        Capacity capacity,
        CoverageTable before,
        CoverageTable after,
        double objectiveBefore,
        double objectiveAfter) {

    /**
     * Matches a problem twice, as given and with one service's capacity replaced through {@link
     * Service#withCapacity}, and compares the coverage.
     *
     * @param matcher the matcher; never {@code null}
     * @param problem the problem; never {@code null}
     * @param serviceId the id of a service of the problem; never {@code null}
     * @param capacity the capacity to try; never {@code null}
     * @return both coverage tables; never {@code null}
     * @throws InvalidInputException if an argument is null or no service has the id
     */
    public static WhatIf capacityChange(
            Matcher matcher, MatchingProblem problem, String serviceId, Capacity capacity) {
        Checks.present(matcher, "matcher");
        Checks.present(problem, "problem");
        Checks.present(serviceId, "serviceId");
        Checks.present(capacity, "capacity");
        List<Service> changed = new ArrayList<>(problem.services().size());
        boolean found = false;
        for (Service service : problem.services()) {
            if (service.id().equals(serviceId)) {
                changed.add(service.withCapacity(capacity));
                found = true;
            } else {
                changed.add(service);
            }
        }
        if (!found) {
            throw new InvalidInputException(
                    "serviceId",
                    "No service of the problem has id " + serviceId + "; pass one of its ids");
        }
        MatchingProblem after =
                new MatchingProblem(
                        problem.asOf(),
                        problem.students(),
                        problem.needs(),
                        changed,
                        problem.config());
        MatchingResult first = matcher.match(problem);
        MatchingResult second = matcher.match(after);
        return new WhatIf(
                serviceId,
                capacity,
                CoverageTable.of(problem, first),
                CoverageTable.of(after, second),
                first.objective(),
                second.objective());
    }
}
