package ee.lim.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.core.model.LogisticRegressionProvider;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.TrainingSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CrossValidationTest {
    private static final long SEED = 12L;

    private static TrainingSet data() {
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] x = new double[200][2];
        boolean[] y = new boolean[200];
        for (int i = 0; i < 200; i++) {
            x[i][0] = random.nextGaussian();
            x[i][1] = random.nextGaussian();
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-2 * x[i][0]));
        }
        return new TrainingSet(
                List.of("a", "b"), List.of(FactorCategory.GRADES, FactorCategory.GRADES), x, y);
    }

    @Test
    void run_givenFoldsEqualSeededFolds() {
        TrainingSet data = data();
        int[] fold = Splits.stratifiedFolds(data.labels(), 4, SEED);

        CrossValidation.Result seeded =
                CrossValidation.run(new LogisticRegressionProvider(), data, Map.of(), 4, SEED);
        CrossValidation.Result given =
                CrossValidation.run(new LogisticRegressionProvider(), data, Map.of(), fold, SEED);

        assertArrayEquals(seeded.probabilities(), given.probabilities(), 0);
        assertArrayEquals(seeded.foldAucs(), given.foldAucs(), 0);
        assertEquals(4, given.folds());
    }

    @Test
    void run_informativeFeatureGivesHighAuc() {
        CrossValidation.Result result =
                CrossValidation.run(new LogisticRegressionProvider(), data(), Map.of(), 5, SEED);

        assertTrue(result.pooledAuc() > 0.75, "pooled AUC " + result.pooledAuc());
        assertEquals(5, result.foldAucs().length);
    }

    @Test
    void run_singleFoldThrows() {
        TrainingSet data = data();

        assertThrows(
                InvalidInputException.class,
                () ->
                        CrossValidation.run(
                                new LogisticRegressionProvider(),
                                data,
                                Map.of(),
                                new int[data.size()],
                                SEED));
    }

    @Test
    void result_arraysAreCopies() {
        CrossValidation.Result result =
                CrossValidation.run(new LogisticRegressionProvider(), data(), Map.of(), 3, SEED);

        result.probabilities()[0] = -1;

        assertTrue(result.probabilities()[0] >= 0);
    }
}
