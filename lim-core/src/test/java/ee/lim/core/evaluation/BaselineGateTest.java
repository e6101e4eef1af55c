package ee.lim.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BaselineGateTest {
    private static final long SEED = 5L;

    // Rule scores 1 1 1 0 0 with labels 1 0 0 1 0, flag 2 of 5. Three rows tie at 1 for two
    // places and one of them is positive, so the expected true positives are 2 * 1/3.
    @Test
    void expectedTruePositives_sharesTiedPlaces() {
        double tp =
                BaselineGate.expectedTruePositives(
                        new double[] {1, 1, 1, 0, 0},
                        new boolean[] {true, false, false, true, false},
                        2);

        assertEquals(2.0 / 3, tp, 1e-15);
    }

    @Test
    void compare_informativeModelBeatsNoiseRule() {
        System.out.println("compare_informativeModelBeatsNoiseRule seed " + SEED);
        SplittableRandom random = new SplittableRandom(SEED);
        int n = 1000;
        double[] model = new double[n];
        double[] rule = new double[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            model[i] = random.nextGaussian();
            labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-(3 * model[i] - 2)));
            rule[i] = random.nextInt(2);
        }

        GateResult result = new BaselineGate(0.1, 500, 0.95, SEED, 0).compare(model, rule, labels);

        assertTrue(result.passes(), result.toString());
        assertTrue(result.recallDifferenceLower() > 0);
        assertEquals(500, result.resamples());
        String json = JsonMapper.builder().build().writeValueAsString(result);
        assertTrue(json.contains("\"recall_difference_lower\""), json);
        assertTrue(json.contains("\"passes\":true"), json);
    }

    @Test
    void compare_modelEqualToRuleFails() {
        SplittableRandom random = new SplittableRandom(SEED);
        int n = 500;
        double[] scores = new double[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextGaussian();
            labels[i] = random.nextDouble() < 0.3;
        }

        GateResult result =
                new BaselineGate(0.2, 200, 0.95, SEED, 0).compare(scores, scores, labels);

        assertFalse(result.passes());
        assertEquals(0, result.recallDifference(), 0);
    }

    @Test
    void compare_isReproducibleWithSeed() {
        double[] model = {0.9, 0.1, 0.8, 0.3, 0.6, 0.2, 0.7, 0.4};
        double[] rule = {1, 0, 0, 1, 1, 0, 0, 1};
        boolean[] labels = {true, false, true, false, true, false, false, true};
        BaselineGate gate = new BaselineGate(0.25, 300, 0.9, 11, 0);

        assertEquals(gate.compare(model, rule, labels), gate.compare(model, rule, labels));
    }
}
