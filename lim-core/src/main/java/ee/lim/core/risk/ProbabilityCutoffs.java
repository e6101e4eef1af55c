package ee.lim.core.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.risk.RiskBand;
import org.apiguardian.api.API;

/**
 * The model probabilities at which the risk band becomes {@code WATCH} and {@code HIGH}.
 *
 * @param watch the probability from which the band is at least {@code WATCH}, in {@code (0, 1]}
 * @param high the probability from which the band is {@code HIGH}, in {@code [watch, 1]}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ProbabilityCutoffs(double watch, double high) {
    /**
     * The defaults: watch from 0.25 and high from 0.50. They are a starting point, not a validated
     * choice: set them so that the model flags about as many students as the rule packs a school
     * trusts, and compare the two at that flag rate.
     */
    public static final ProbabilityCutoffs DEFAULT = new ProbabilityCutoffs(0.25, 0.50);

    /**
     * Creates the cut-offs.
     *
     * @param watch the watch cut-off, in {@code (0, 1]}
     * @param high the high cut-off, in {@code [watch, 1]}
     * @throws InvalidInputException if a cut-off is out of range
     */
    public ProbabilityCutoffs {
        if (!(watch > 0.0 && watch <= 1.0)) {
            throw new InvalidInputException(
                    "ProbabilityCutoffs.watch",
                    "ProbabilityCutoffs.watch must be in (0, 1], got " + watch);
        }
        if (!(high >= watch && high <= 1.0)) {
            throw new InvalidInputException(
                    "ProbabilityCutoffs.high",
                    "ProbabilityCutoffs.high must be in [watch, 1] = ["
                            + watch
                            + ", 1], got "
                            + high);
        }
    }

    /**
     * Returns the band of a probability.
     *
     * @param probability the probability
     * @return {@code HIGH} from {@code high}, {@code WATCH} from {@code watch}, else {@code NONE}
     */
    public RiskBand bandOf(double probability) {
        if (probability >= high) {
            return RiskBand.HIGH;
        }
        return probability >= watch ? RiskBand.WATCH : RiskBand.NONE;
    }
}
