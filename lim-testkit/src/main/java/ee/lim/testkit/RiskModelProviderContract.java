package ee.lim.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.RiskModelProvider;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.RiskModel;
import ee.lim.spi.risk.TrainingSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link RiskModelProvider}: probabilities in {@code [0, 1]}, a JSON round trip
 * that scores bit-identically, and a clear error for data that cannot train a model.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class RiskModelProviderContract extends LimPluginContract<RiskModelProvider> {
    private static final long SEED = 20261204L;

    /** Creates the contract. */
    protected RiskModelProviderContract() {}

    @Override
    protected final Class<? super RiskModelProvider> role() {
        return RiskModelProvider.class;
    }

    /**
     * Builds a synthetic training set with two informative features and one noise feature.
     *
     * @param rows the number of rows
     * @param seed the random seed
     * @return the training set
     */
    protected static TrainingSet syntheticTrainingSet(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[rows][3];
        boolean[] y = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            x[i][0] = random.nextDouble();
            x[i][1] = random.nextInt(5);
            x[i][2] = random.nextGaussian();
            double logit = -2 + 3 * (1 - x[i][0]) + 0.5 * x[i][1];
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit));
        }
        return new TrainingSet(
                List.of("attendance_rate", "failing_grades", "noise"),
                List.of(
                        FactorCategory.ATTENDANCE,
                        FactorCategory.GRADES,
                        FactorCategory.BACKGROUND),
                x,
                y);
    }

    @Test
    void probability_liesInUnitInterval() {
        System.out.println("RiskModelProviderContract seed " + SEED);
        TrainingSet data = syntheticTrainingSet(500, SEED);
        RiskModel model = createPlugin().train(data, Map.of());

        for (double[] row : data.rows()) {
            double p = model.probability(row);
            assertTrue(p >= 0 && p <= 1, "probability " + p);
        }
    }

    @Test
    void json_roundTripScoresIdentically() {
        RiskModelProvider provider = createPlugin();
        TrainingSet data = syntheticTrainingSet(300, SEED);
        RiskModel model = provider.train(data, Map.of());

        RiskModel read = provider.read(model.toJson());

        for (double[] row : data.rows()) {
            assertEquals(
                    Double.doubleToRawLongBits(model.probability(row)),
                    Double.doubleToRawLongBits(read.probability(row)),
                    "probability after JSON round trip");
        }
    }

    @Test
    void train_oneClassOnlyThrows() {
        TrainingSet data =
                new TrainingSet(
                        List.of("a"),
                        List.of(FactorCategory.ATTENDANCE),
                        new double[][] {{1}, {2}, {3}},
                        new boolean[] {false, false, false});

        assertThrows(InvalidInputException.class, () -> createPlugin().train(data, Map.of()));
    }

    @Test
    void read_garbageThrows() {
        assertThrows(InvalidInputException.class, () -> createPlugin().read("{not a model"));
    }
}
