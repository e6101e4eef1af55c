package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.risk.RiskModel;
import ee.lim.spi.risk.TrainingSet;
import java.util.Map;
import org.apiguardian.api.API;

/** Trains risk models and reads saved ones. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface RiskModelProvider extends LimPlugin {
    /**
     * Trains a model.
     *
     * @param data the rows and their outcomes; never {@code null}
     * @param options provider-specific settings, such as the regularisation strength; never {@code
     *     null}
     * @return the fitted model; never {@code null}
     * @throws InvalidInputException if the data cannot train a model (one class only, too few rows)
     *     or an option is invalid
     */
    RiskModel train(TrainingSet data, Map<String, String> options);

    /**
     * Reads a model that {@link RiskModel#toJson()} wrote.
     *
     * @param json the JSON text; never {@code null}
     * @return the model; never {@code null}
     * @throws InvalidInputException if the text is not a model of this provider
     */
    RiskModel read(String json);
}
