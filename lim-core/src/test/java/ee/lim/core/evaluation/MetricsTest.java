package ee.lim.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import ee.lim.spi.InvalidInputException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final long SEED = 777L;

    // Hand-worked: scores 0.1 0.4 0.35 0.8, labels 0 0 1 1. Pairs (pos, neg): (0.35, 0.1) win,
    // (0.35, 0.4) lose, (0.8, 0.1) win, (0.8, 0.4) win: AUC = 3/4.
    @Test
    void rocAuc_handWorkedCase() {
        double auc =
                Metrics.rocAuc(
                        new double[] {0.1, 0.4, 0.35, 0.8},
                        new boolean[] {false, false, true, true});

        assertEquals(0.75, auc, 1e-15);
    }

    // Ties count one half: positive 0.5 against negatives 0.5 and 0.2 gives (0.5 + 1) / 2.
    @Test
    void rocAuc_tiesCountHalf() {
        double auc =
                Metrics.rocAuc(new double[] {0.5, 0.5, 0.2}, new boolean[] {true, false, false});

        assertEquals(0.75, auc, 1e-15);
    }

    // Same data as scikit-learn's average_precision_score docstring: y = 0 0 1 1,
    // scores 0.1 0.4 0.35 0.8 give AP = 0.8333...: thresholds 0.8 (R 0.5, P 1), 0.4 (R 0.5),
    // 0.35 (R 1, P 2/3), so AP = 0.5 * 1 + 0.5 * 2/3.
    @Test
    void averagePrecision_handWorkedCase() {
        double ap =
                Metrics.averagePrecision(
                        new double[] {0.1, 0.4, 0.35, 0.8},
                        new boolean[] {false, false, true, true});

        assertEquals(0.5 + 0.5 * 2.0 / 3, ap, 1e-15);
    }

    @Test
    void brier_handWorkedCase() {
        double brier =
                Metrics.brier(new double[] {0.9, 0.2, 0.5}, new boolean[] {true, false, true});

        assertEquals((0.01 + 0.04 + 0.25) / 3, brier, 1e-15);
    }

    @Test
    void calibrationTable_handWorkedCase() {
        List<CalibrationBin> table =
                Metrics.calibrationTable(
                        new double[] {0.05, 0.08, 0.95, 1.0},
                        new boolean[] {false, true, true, true},
                        10);

        assertEquals(10, table.size());
        assertEquals(2, table.get(0).count());
        assertEquals(0.065, table.get(0).meanPredicted(), 1e-15);
        assertEquals(0.5, table.get(0).observedRate(), 1e-15);
        assertEquals(2, table.get(9).count());
        assertNull(table.get(5).meanPredicted());
    }

    @Test
    void rocAuc_oneClassThrows() {
        assertThrows(
                InvalidInputException.class,
                () -> Metrics.rocAuc(new double[] {0.1, 0.2}, new boolean[] {true, true}));
    }

    @Test
    void rocAuc_agreesWithPairCounting() {
        System.out.println("rocAuc_agreesWithPairCounting seed " + SEED);
        qt().withFixedSeed(SEED)
                .forAll(integers().between(2, 80), longs().all())
                .checkAssert(
                        (n, seed) -> {
                            Data data = Data.random(n, seed);
                            if (data.positives() == 0 || data.positives() == n) {
                                return;
                            }

                            double auc = Metrics.rocAuc(data.scores, data.labels);

                            assertEquals(pairCountingAuc(data.scores, data.labels), auc, 1e-12);
                        });
    }

    @Test
    void averagePrecision_agreesWithThresholdSweep() {
        System.out.println("averagePrecision_agreesWithThresholdSweep seed " + SEED);
        qt().withFixedSeed(SEED)
                .forAll(integers().between(1, 80), longs().all())
                .checkAssert(
                        (n, seed) -> {
                            Data data = Data.random(n, seed);
                            if (data.positives() == 0) {
                                return;
                            }

                            double ap = Metrics.averagePrecision(data.scores, data.labels);

                            assertEquals(sweepAp(data.scores, data.labels), ap, 1e-12);
                        });
    }

    @Test
    void rocAucInterval_agreesWithPairwiseDeLong() {
        System.out.println("rocAucInterval_agreesWithPairwiseDeLong seed " + SEED);
        qt().withFixedSeed(SEED)
                .forAll(integers().between(4, 60), longs().all())
                .checkAssert(
                        (n, seed) -> {
                            Data data = Data.random(n, seed);
                            int m = data.positives();
                            if (m < 2 || n - m < 2) {
                                return;
                            }

                            AucInterval interval =
                                    Metrics.rocAucInterval(data.scores, data.labels, 0.95);

                            double se = pairwiseDeLongSe(data.scores, data.labels);
                            assertEquals(se, interval.standardError(), 1e-12);
                            assertEquals(
                                    Math.max(0, interval.auc() - 1.959963984540054 * se),
                                    interval.lower(),
                                    1e-8);
                            assertTrue(interval.lower() <= interval.auc());
                            assertTrue(interval.upper() >= interval.auc());
                        });
    }

    @Test
    void normalQuantile_knownValues() {
        assertEquals(1.959963984540054, NormalQuantile.of(0.975), 1e-8);
        assertEquals(0, NormalQuantile.of(0.5), 1e-12);
        assertEquals(-2.326347874040841, NormalQuantile.of(0.01), 1e-8);
    }

    /**
     * Computes the AUC as the share of (positive, negative) pairs ordered correctly, ties one half.
     */
    private static double pairCountingAuc(double[] scores, boolean[] labels) {
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

    /** AP by sweeping every distinct score as a threshold, counting from scratch each time. */
    private static double sweepAp(double[] scores, boolean[] labels) {
        double[] thresholds = java.util.Arrays.stream(scores).distinct().sorted().toArray();
        int positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        double ap = 0;
        double previousRecall = 0;
        for (int t = thresholds.length - 1; t >= 0; t--) {
            int tp = 0;
            int flagged = 0;
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] >= thresholds[t]) {
                    flagged++;
                    tp += labels[i] ? 1 : 0;
                }
            }
            double recall = (double) tp / positives;
            ap += (recall - previousRecall) * tp / flagged;
            previousRecall = recall;
        }
        return ap;
    }

    /** DeLong's standard error from the O(n^2) kernel psi(x, y) = 1, 1/2 or 0. */
    private static double pairwiseDeLongSe(double[] scores, boolean[] labels) {
        java.util.List<Double> pos = new java.util.ArrayList<>();
        java.util.List<Double> neg = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            (labels[i] ? pos : neg).add(scores[i]);
        }
        int m = pos.size();
        int n = neg.size();
        double[] v10 = new double[m];
        double[] v01 = new double[n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double psi = pos.get(i) > neg.get(j) ? 1 : pos.get(i).equals(neg.get(j)) ? 0.5 : 0;
                v10[i] += psi / n;
                v01[j] += psi / m;
            }
        }
        double auc = 0;
        for (double v : v10) {
            auc += v / m;
        }
        double s10 = 0;
        for (double v : v10) {
            s10 += (v - auc) * (v - auc) / (m - 1);
        }
        double s01 = 0;
        for (double v : v01) {
            s01 += (v - auc) * (v - auc) / (n - 1);
        }
        return Math.sqrt(s10 / m + s01 / n);
    }

    /** Random scores with many ties (a coarse grid) and labels that depend on them. */
    // A test holder read by index; never compared, hashed or printed.
    @SuppressWarnings("ArrayRecordComponent")
    record Data(double[] scores, boolean[] labels) {
        static Data random(int n, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] scores = new double[n];
            boolean[] labels = new boolean[n];
            for (int i = 0; i < n; i++) {
                scores[i] = random.nextInt(11) / 10.0;
                labels[i] = random.nextDouble() < 0.2 + 0.6 * scores[i];
            }
            return new Data(scores, labels);
        }

        int positives() {
            int count = 0;
            for (boolean label : labels) {
                count += label ? 1 : 0;
            }
            return count;
        }
    }
}
