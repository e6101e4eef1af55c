package ee.lim.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final long SEED = 20261204L;

    /** The Mann-Whitney probability, by comparing every positive with every negative. */
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

    /** Average precision as the mean, over positives, of the precision at their score. */
    private static double definitionAveragePrecision(double[] scores, boolean[] labels) {
        double sum = 0;
        int positives = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!labels[i]) {
                continue;
            }
            positives++;
            int atOrAbove = 0;
            int positiveAtOrAbove = 0;
            for (int j = 0; j < scores.length; j++) {
                if (scores[j] >= scores[i]) {
                    atOrAbove++;
                    positiveAtOrAbove += labels[j] ? 1 : 0;
                }
            }
            sum += (double) positiveAtOrAbove / atOrAbove;
        }
        return sum / positives;
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

            assertEquals(pairwiseAuc(scores, labels), Metrics.auc(scores, labels), 1e-12);
            assertEquals(
                    definitionAveragePrecision(scores, labels),
                    Metrics.averagePrecision(scores, labels),
                    1e-12,
                    "round " + round);
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
    void roc_oneClassOnly_rejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Metrics.roc(new double[] {0.1, 0.2}, new boolean[] {true, true}));
    }

    @Test
    void brier_handComputed() {
        double brier =
                Metrics.brier(new double[] {1.0, 0.0, 0.5}, new boolean[] {true, true, false});

        assertEquals((0.0 + 1.0 + 0.25) / 3, brier, 1e-12);
    }

    @Test
    void calibration_binsCountsAndRates() {
        double[] scores = {0.05, 0.08, 0.55, 0.95, 1.0};
        boolean[] labels = {false, true, true, true, false};

        List<CalibrationBin> bins = Metrics.calibration(scores, labels, 10);

        assertEquals(3, bins.size(), "empty bins are left out");
        assertEquals(2, bins.get(0).count());
        assertEquals(0.5, bins.get(0).observedRate(), 1e-12);
        assertEquals(0.065, bins.get(0).meanPredicted(), 1e-12);
        assertEquals(2, bins.get(2).count(), "a score of 1.0 falls in the last bin");
    }

    @Test
    void lengths_mismatch_rejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Metrics.brier(new double[] {0.1}, new boolean[] {true, false}));
    }
}
