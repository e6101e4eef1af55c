package ee.lim.examples.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The ROC curve of scores against known outcomes, for the report's plot, and its area.
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
