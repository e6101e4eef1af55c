package ee.lim.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final long SEED = 20261204L;

    /** Computes the Mann-Whitney probability by comparing every positive with every negative. */
    private static double pairwiseAuc(double[] scores, boolean[] labels) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (labels[i] && !labels[j]) {
                    pairs++;
                    if (scores[i] > scores[j]) {
                        wins += 1;
                    } else if (scores[i] == scores[j]) {
                        wins += 0.5;
                    }
                }
            }
        }
        return wins / pairs;
    }

    @Test
    void auc_matchesPairwiseCount_withTies() {
        System.out.println("MetricsTest seed " + SEED);
        SplittableRandom random = new SplittableRandom(SEED);
        for (int round = 0; round < 200; round++) {
            int n = 2 + random.nextInt(60);
            double[] scores = new double[n];
            boolean[] labels = new boolean[n];
            for (int i = 0; i < n; i++) {
                scores[i] = random.nextInt(8) / 8.0;
                labels[i] = random.nextDouble() < 0.3 + 0.5 * scores[i];
            }
            labels[0] = true;
            labels[1] = false;

            assertEquals(
                    pairwiseAuc(scores, labels),
                    Metrics.auc(scores, labels),
                    1e-12,
                    "round " + round);
            assertEquals(
                    ee.lim.core.evaluation.Metrics.rocAuc(scores, labels),
                    Metrics.auc(scores, labels),
                    1e-12,
                    "the plotted curve's area equals the reported AUC, round " + round);
        }
    }

    @Test
    void auc_perfectAndReversed() {
        double[] scores = {0.9, 0.8, 0.2, 0.1};
        boolean[] labels = {true, true, false, false};
        boolean[] reversed = {false, false, true, true};

        assertEquals(1.0, Metrics.auc(scores, labels));
        assertEquals(0.0, Metrics.auc(scores, reversed));
    }

    @Test
    void roc_startsAtOriginEndsAtOne() {
        List<CurvePoint> curve =
                Metrics.roc(
                        new double[] {0.3, 0.3, 0.9, 0.1},
                        new boolean[] {true, false, true, false});

        assertEquals(new CurvePoint(0, 0), curve.get(0));
        assertEquals(new CurvePoint(1, 1), curve.get(curve.size() - 1));
        assertEquals(4, curve.size(), "one point per distinct score plus the origin");
    }

    @Test
    void roc_oneClassOnly_rejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Metrics.roc(new double[] {0.1, 0.2}, new boolean[] {true, true}));
    }

    @Test
    void lengths_mismatch_rejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Metrics.roc(new double[] {0.1}, new boolean[] {true, false}));
    }
}
