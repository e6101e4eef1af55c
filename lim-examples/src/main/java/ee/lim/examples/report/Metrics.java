package ee.lim.examples.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Quality measures of probabilities against known outcomes: ROC curve and its area, average
 * precision, Brier score and calibration bins.
 *
 * <p>Each method takes parallel arrays of scores in {@code [0, 1]} and labels ({@code true} for the
 * adverse outcome), runs in {@code O(n log n)} and is stateless and thread-safe. Tied scores are
 * handled as one threshold, so the ROC area equals the Mann-Whitney probability that a random
 * positive scores above a random negative, counting ties as one half.
 */
public final class Metrics {
    private Metrics() {}

    /**
     * Computes the ROC curve, one point per distinct score, from (0, 0) to (1, 1).
     *
     * @param scores the scores; never {@code null}
     * @param labels the labels, as long as {@code scores}
     * @return the points in order of rising false positive rate
     * @throws IllegalArgumentException if the arrays differ in length or one class is missing
     */
    public static List<CurvePoint> roc(double[] scores, boolean[] labels) {
        int positives = positives(scores, labels);
        int negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException(
                    "a ROC curve needs both outcomes, got "
                            + positives
                            + " positives and "
                            + negatives
                            + " negatives");
        }
        Integer[] order = descending(scores);
        List<CurvePoint> points = new ArrayList<>();
        points.add(new CurvePoint(0, 0));
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < order.length; i++) {
            if (labels[order[i]]) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfTie = i == order.length - 1 || scores[order[i + 1]] != scores[order[i]];
            if (lastOfTie) {
                points.add(new CurvePoint((double) fp / negatives, (double) tp / positives));
            }
        }
        return points;
    }

    /**
     * Computes the area under a curve by the trapezoid rule.
     *
     * @param curve the points in order of rising {@code x}; never {@code null}
     * @return the area
     */
    public static double area(List<CurvePoint> curve) {
        double area = 0;
        for (int i = 1; i < curve.size(); i++) {
            CurvePoint a = curve.get(i - 1);
            CurvePoint b = curve.get(i);
            area += (b.x() - a.x()) * (a.y() + b.y()) / 2;
        }
        return area;
    }

    /**
     * Computes the ROC AUC.
     *
     * @param scores the scores; never {@code null}
     * @param labels the labels
     * @return the area under the ROC curve
     * @throws IllegalArgumentException if the arrays differ in length or one class is missing
     */
    public static double auc(double[] scores, boolean[] labels) {
        return area(roc(scores, labels));
    }

    /**
     * Computes the average precision, the step-wise area under the precision-recall curve: the sum
     * over thresholds of the gain in recall times the precision there.
     *
     * @param scores the scores; never {@code null}
     * @param labels the labels
     * @return the average precision in {@code [0, 1]}
     * @throws IllegalArgumentException if the arrays differ in length or there is no positive
     */
    public static double averagePrecision(double[] scores, boolean[] labels) {
        int positives = positives(scores, labels);
        if (positives == 0) {
            throw new IllegalArgumentException("average precision needs at least one positive");
        }
        Integer[] order = descending(scores);
        double sum = 0;
        int tp = 0;
        int seen = 0;
        int tpAtLastThreshold = 0;
        for (int i = 0; i < order.length; i++) {
            seen++;
            if (labels[order[i]]) {
                tp++;
            }
            boolean lastOfTie = i == order.length - 1 || scores[order[i + 1]] != scores[order[i]];
            if (lastOfTie) {
                double recallGain = (double) (tp - tpAtLastThreshold) / positives;
                sum += recallGain * tp / seen;
                tpAtLastThreshold = tp;
            }
        }
        return sum;
    }

    /**
     * Computes the Brier score.
     *
     * @param scores the probabilities; never {@code null}
     * @param labels the labels
     * @return the mean of {@code (p - y)^2}
     * @throws IllegalArgumentException if the arrays differ in length or are empty
     */
    public static double brier(double[] scores, boolean[] labels) {
        positives(scores, labels);
        if (scores.length == 0) {
            throw new IllegalArgumentException("a Brier score needs at least one prediction");
        }
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            double error = scores[i] - (labels[i] ? 1 : 0);
            sum += error * error;
        }
        return sum / scores.length;
    }

    /**
     * Groups predictions into equal-width bins over {@code [0, 1]}; empty bins are left out.
     *
     * @param scores the probabilities; never {@code null}
     * @param labels the labels
     * @param bins the number of bins, at least 1
     * @return the non-empty bins in order
     * @throws IllegalArgumentException if the arrays differ in length or {@code bins < 1}
     */
    public static List<CalibrationBin> calibration(double[] scores, boolean[] labels, int bins) {
        positives(scores, labels);
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        int[] count = new int[bins];
        double[] predicted = new double[bins];
        int[] adverse = new int[bins];
        for (int i = 0; i < scores.length; i++) {
            int bin = Math.min(bins - 1, (int) Math.floor(scores[i] * bins));
            count[bin]++;
            predicted[bin] += scores[i];
            adverse[bin] += labels[i] ? 1 : 0;
        }
        List<CalibrationBin> result = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                result.add(
                        new CalibrationBin(
                                (double) b / bins,
                                (double) (b + 1) / bins,
                                count[b],
                                predicted[b] / count[b],
                                (double) adverse[b] / count[b]));
            }
        }
        return result;
    }

    private static int positives(double[] scores, boolean[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException(
                    "got " + scores.length + " scores for " + labels.length + " labels");
        }
        int positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        return positives;
    }

    private static Integer[] descending(double[] scores) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        return order;
    }
}
