package ee.lim.core.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.risk.Features;
import org.apiguardian.api.API;

/**
 * A hook that lets a risk model score a student for {@link RiskScorer}: it takes the student's
 * features and returns a calibrated probability with the contributions that explain it.
 * Implementations must be thread-safe, because one scorer serves every thread.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ModelScore {
    /**
     * Scores one student.
     *
     * @param features the student's features as of the assessment date; never {@code null}
     * @return the probability and contributions; never {@code null}
     */
    ModelOutput score(Features features);
}
