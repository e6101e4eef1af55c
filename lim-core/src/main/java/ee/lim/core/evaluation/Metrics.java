package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Metrics of scores against binary labels. Every metric depends only on the multiset of (score,
 * label) pairs, never on row order. Tied scores get mid-ranks or count as one threshold.
 *
 * <p>Stateless and thread-safe. Arrays must not be {@code null}, must have the same length and must
 * hold no {@code NaN} score; a violation throws {@link InvalidInputException}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Metrics {
    private Metrics() {}

    /**
     * Computes the area under the ROC curve: the probability that a random positive scores above a
     * random negative, ties counting one half. Uses the rank-sum (Mann-Whitney) identity with
     * mid-ranks. Runs in O(n log n).
     *
     * @param scores the scores, higher meaning more risk
     * @param labels the labels, {@code true} for the adverse outcome
     * @return the AUC in {@code [0, 1]}
     * @throws InvalidInputException if the inputs are invalid or a class is absent
     */
    public static double rocAuc(double[] scores, boolean[] labels) {
        check(scores, labels);
        int positives = count(labels);
        int negatives = labels.length - positives;
        requireBothClasses(positives, negatives);
        double[] ranks = midRanks(scores);
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i]) {
                sum += ranks[i];
            }
        }
        double u = sum - positives * (positives + 1.0) / 2;
        return u / ((double) positives * negatives);
    }

    /**
     * Computes the ROC AUC with the confidence interval of DeLong, DeLong and Clarke-Pearson
     * (Biometrics 44(3), 1988). The variance comes from the placement values of the positives and
     * the negatives. They are computed with mid-ranks as in Sun and Xu (IEEE Signal Processing
     * Letters 21(11), 2014). The interval is {@code auc +- z * se}, clipped to {@code [0, 1]}. It
     * is analytic, so it needs no seed. Runs in O(n log n).
     *
     * @param scores the scores
     * @param labels the labels
     * @param level the confidence level, in {@code (0, 1)}, such as 0.95
     * @return the AUC and its interval
     * @throws InvalidInputException if the inputs are invalid or a class has fewer than 2 rows
     */
    public static AucInterval rocAucInterval(double[] scores, boolean[] labels, double level) {
        check(scores, labels);
        Checks.require(level > 0 && level < 1, "level", "level must be in (0, 1), got " + level);
        int m = count(labels);
        int n = labels.length - m;
        Checks.require(
                m >= 2 && n >= 2,
                "labels",
                "labels need at least 2 rows of each class for an interval, got "
                        + m
                        + " and "
                        + n);
        double[] pos = new double[m];
        double[] neg = new double[n];
        int a = 0;
        int b = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i]) {
                pos[a++] = scores[i];
            } else {
                neg[b++] = scores[i];
            }
        }
        double[] all = midRanks(scores);
        double[] posRanks = midRanks(pos);
        double[] negRanks = midRanks(neg);
        double[] v10 = new double[m];
        double[] v01 = new double[n];
        a = 0;
        b = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i]) {
                v10[a] = (all[i] - posRanks[a]) / n;
                a++;
            } else {
                v01[b] = 1 - (all[i] - negRanks[b]) / m;
                b++;
            }
        }
        double auc = mean(v10);
        double variance = sampleVariance(v10) / m + sampleVariance(v01) / n;
        double se = Math.sqrt(variance);
        double z = NormalQuantile.of(0.5 + level / 2);
        return new AucInterval(
                auc,
                Math.max(0, auc - z * se),
                Math.min(1, auc + z * se),
                se,
                level,
                AucInterval.DELONG);
    }

    /**
     * Computes average precision, the area under the precision-recall curve as a step function:
     * {@code AP = sum_t (R_t - R_{t-1}) * P_t} over the distinct score thresholds {@code t} from
     * high to low, where {@code P_t} and {@code R_t} are precision and recall when every score
     * {@code >= t} is flagged. This is scikit-learn's {@code average_precision_score}; it does not
     * interpolate, so it is not the trapezoidal area. Runs in O(n log n).
     *
     * @param scores the scores
     * @param labels the labels
     * @return the average precision in {@code [0, 1]}
     * @throws InvalidInputException if the inputs are invalid or no label is positive
     */
    public static double averagePrecision(double[] scores, boolean[] labels) {
        check(scores, labels);
        int positives = count(labels);
        Checks.require(
                positives > 0, "labels", "labels has no adverse outcome; precision is undefined");
        Integer[] order = descending(scores);
        double ap = 0;
        int tp = 0;
        int flagged = 0;
        int i = 0;
        while (i < order.length) {
            double threshold = scores[order[i]];
            int tpBefore = tp;
            while (i < order.length && scores[order[i]] == threshold) {
                tp += labels[order[i]] ? 1 : 0;
                flagged++;
                i++;
            }
            ap += (double) (tp - tpBefore) / positives * ((double) tp / flagged);
        }
        return ap;
    }

    /**
     * Computes the Brier score, the mean squared difference between probability and outcome (0 or
     * 1). Lower is better; 0.25 is what a constant 0.5 scores. Runs in O(n).
     *
     * @param probabilities the probabilities, in {@code [0, 1]}
     * @param labels the labels
     * @return the Brier score in {@code [0, 1]}
     * @throws InvalidInputException if the inputs are invalid, empty or a probability is outside
     *     {@code [0, 1]}
     */
    public static double brier(double[] probabilities, boolean[] labels) {
        checkProbabilities(probabilities, labels);
        Checks.require(labels.length > 0, "labels", "labels is empty");
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double error = probabilities[i] - (labels[i] ? 1 : 0);
            sum += error * error;
        }
        return sum / labels.length;
    }

    /**
     * Builds a calibration table of equal-width bins: bin {@code b} of {@code bins} contains the
     * probabilities in {@code [b / bins, (b + 1) / bins)}, the last bin also 1. Equal-width bins
     * (scikit-learn's {@code calibration_curve} default) depend only on the values, never on how
     * ties are ordered. Runs in O(n).
     *
     * @param probabilities the probabilities, in {@code [0, 1]}
     * @param labels the labels
     * @param bins the number of bins, 1 to 100; 10 gives deciles
     * @return one row per bin, empty bins included
     * @throws InvalidInputException if the inputs are invalid
     */
    public static List<CalibrationBin> calibrationTable(
            double[] probabilities, boolean[] labels, int bins) {
        checkProbabilities(probabilities, labels);
        Checks.inRange(bins, 1, 100, "bins");
        int[] counts = new int[bins];
        int[] events = new int[bins];
        double[] sums = new double[bins];
        for (int i = 0; i < labels.length; i++) {
            int bin = Math.min(bins - 1, (int) Math.floor(probabilities[i] * bins));
            counts[bin]++;
            events[bin] += labels[i] ? 1 : 0;
            sums[bin] += probabilities[i];
        }
        List<CalibrationBin> table = new ArrayList<>(bins);
        for (int bin = 0; bin < bins; bin++) {
            boolean empty = counts[bin] == 0;
            table.add(
                    new CalibrationBin(
                            (double) bin / bins,
                            (double) (bin + 1) / bins,
                            counts[bin],
                            empty ? null : sums[bin] / counts[bin],
                            empty ? null : (double) events[bin] / counts[bin]));
        }
        return table;
    }

    static double[] midRanks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    static Integer[] descending(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(scores[y], scores[x]));
        return order;
    }

    static void check(double[] scores, boolean[] labels) {
        Checks.present(scores, "scores");
        Checks.present(labels, "labels");
        Checks.require(
                scores.length == labels.length,
                "scores",
                "scores has " + scores.length + " entries for " + labels.length + " labels");
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new InvalidInputException(
                        "scores", "scores[" + i + "] is NaN; score every row");
            }
        }
    }

    static void checkProbabilities(double[] probabilities, boolean[] labels) {
        check(probabilities, labels);
        for (int i = 0; i < probabilities.length; i++) {
            Checks.inRange(probabilities[i], 0, 1, "probabilities[" + i + "]");
        }
    }

    static int count(boolean[] labels) {
        int count = 0;
        for (boolean label : labels) {
            count += label ? 1 : 0;
        }
        return count;
    }

    private static void requireBothClasses(int positives, int negatives) {
        Checks.require(
                positives > 0 && negatives > 0,
                "labels",
                "labels need both outcomes for an AUC, got "
                        + positives
                        + " adverse and "
                        + negatives
                        + " other");
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double sampleVariance(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum / (values.length - 1);
    }
}
