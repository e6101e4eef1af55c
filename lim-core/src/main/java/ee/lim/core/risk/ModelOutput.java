package ee.lim.core.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.risk.Contribution;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The result of a {@link ModelScore} for one student.
 *
 * @param probability the calibrated probability of the adverse outcome, in {@code [0, 1]}
 * @param contributions the per-feature contributions in log-odds, in any order; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ModelOutput(double probability, List<Contribution> contributions) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param probability the probability, in {@code [0, 1]}
     * @param contributions the contributions; never {@code null}
     * @throws InvalidInputException if the probability is out of range or not a number, or the
     *     contributions are {@code null} or contain {@code null}
     */
    public ModelOutput {
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new InvalidInputException(
                    "ModelOutput.probability",
                    "ModelOutput.probability must be in [0, 1], got "
                            + probability
                            + "; return a calibrated probability");
        }
        if (contributions == null || contributions.stream().anyMatch(c -> c == null)) {
            throw new InvalidInputException(
                    "ModelOutput.contributions",
                    "ModelOutput.contributions is null or contains null; return a list of"
                            + " contributions, empty if there are none");
        }
        contributions = List.copyOf(contributions);
    }
}
