package ee.lim.spi.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A fitted risk model: it turns a student's feature vector into a calibrated probability and
 * explains it.
 *
 * <p>Implementations are immutable and thread-safe. A model written with {@link #toJson()} and read
 * back by its provider scores bit-identically.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface RiskModel {
    /**
     * Returns the id of the provider that made the model.
     *
     * @return the provider id; never {@code null}
     */
    String providerId();

    /**
     * Returns the names of the inputs, in the order {@link #probability(double[])} expects them.
     *
     * @return the feature names; never {@code null}
     */
    List<String> featureNames();

    /**
     * Returns the factor category of each input, in the order of {@link #featureNames()}.
     *
     * @return the categories; never {@code null}
     */
    List<FactorCategory> featureCategories();

    /**
     * Computes the calibrated probability of the outcome.
     *
     * @param features one value per feature name, in order; missing values as {@code NaN}, which
     *     the model replaces with its training mean
     * @return a probability in {@code [0, 1]}
     * @throws ee.lim.spi.InvalidInputException if the array has the wrong length
     */
    double probability(double[] features);

    /**
     * Explains a score as per-feature contributions in log-odds, largest absolute first.
     *
     * @param features as for {@link #probability(double[])}
     * @return the contributions; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if the array has the wrong length
     */
    List<Contribution> explain(double[] features);

    /**
     * Writes the model as JSON that its provider's {@link
     * ee.lim.spi.RiskModelProvider#read(String)} reads back.
     *
     * @return the JSON text; never {@code null}
     */
    String toJson();
}
