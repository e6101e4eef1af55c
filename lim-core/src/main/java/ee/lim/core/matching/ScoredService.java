package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * An eligible service for one student's need, with its score and dual price.
 *
 * @param serviceId the service; never {@code null}
 * @param score the score the student's need would have there; never {@code null}
 * @param price the service's dual price after the optimisation, 0 or more: a student's need gets a
 *     place there in an optimal matching only if its score at least equals the price
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ScoredService(String serviceId, Score score, double price) {}
