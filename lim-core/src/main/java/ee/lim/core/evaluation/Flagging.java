package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Flags the highest scores, as a school with room for a fixed share of students would.
 *
 * <p>To flag {@code k} rows, the threshold is the {@code k}-th highest score and every row scoring
 * at least that is flagged, so ties at the threshold are all flagged and the result never depends
 * on row order. Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Flagging {
    private Flagging() {}

    /**
     * Finds the threshold that flags a share of the rows.
     *
     * @param scores the scores; never {@code null}, not empty, no {@code NaN}
     * @param flagRate the share to flag, in {@code (0, 1]}; {@code ceil(flagRate * n)} rows
     * @return the threshold
     * @throws ee.lim.spi.InvalidInputException if an argument is invalid
     */
    public static double thresholdAtRate(double[] scores, double flagRate) {
        Checks.require(
                flagRate > 0 && flagRate <= 1,
                "flagRate",
                "flagRate must be in (0, 1], got " + flagRate);
        Checks.present(scores, "scores");
        return thresholdAtTopK(scores, (int) Math.ceil(flagRate * scores.length - 1e-9));
    }

    /**
     * Finds the threshold that flags the {@code k} highest scores.
     *
     * @param scores the scores; never {@code null}, no {@code NaN}
     * @param k the number to flag, 1 to {@code scores.length}
     * @return the {@code k}-th highest score
     * @throws ee.lim.spi.InvalidInputException if an argument is invalid
     */
    public static double thresholdAtTopK(double[] scores, int k) {
        Metrics.check(scores, new boolean[Checks.present(scores, "scores").length]);
        Checks.inRange(k, 1, Math.max(1, scores.length), "k");
        Checks.require(scores.length > 0, "scores", "scores is empty");
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length - k];
    }

    /**
     * Flags every score at or above a threshold and counts the result.
     *
     * @param scores the scores; never {@code null}, no {@code NaN}
     * @param labels the labels; never {@code null}, same length
     * @param threshold the lowest flagged score
     * @return the counts and rates
     * @throws ee.lim.spi.InvalidInputException if an argument is invalid
     */
    public static FlagResult atThreshold(double[] scores, boolean[] labels, double threshold) {
        Metrics.check(scores, labels);
        int tp = 0;
        int fp = 0;
        int positives = Metrics.count(labels);
        int negatives = labels.length - positives;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= threshold) {
                if (labels[i]) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        int flagged = tp + fp;
        return new FlagResult(
                threshold,
                flagged,
                tp,
                fp,
                flagged == 0 ? null : (double) tp / flagged,
                positives == 0 ? null : (double) tp / positives,
                negatives == 0 ? null : (double) fp / negatives);
    }

    /**
     * Flags a share of the rows and counts the result.
     *
     * @param scores the scores; never {@code null}, no {@code NaN}
     * @param labels the labels; never {@code null}, same length
     * @param flagRate the share to flag, in {@code (0, 1]}
     * @return the counts and rates
     * @throws ee.lim.spi.InvalidInputException if an argument is invalid
     */
    public static FlagResult atRate(double[] scores, boolean[] labels, double flagRate) {
        return atThreshold(scores, labels, thresholdAtRate(scores, flagRate));
    }

    /**
     * Flags the {@code k} highest scores and counts the result.
     *
     * @param scores the scores; never {@code null}, no {@code NaN}
     * @param labels the labels; never {@code null}, same length
     * @param k the number to flag, 1 to {@code scores.length}
     * @return the counts and rates
     * @throws ee.lim.spi.InvalidInputException if an argument is invalid
     */
    public static FlagResult atTopK(double[] scores, boolean[] labels, int k) {
        return atThreshold(scores, labels, thresholdAtTopK(scores, k));
    }
}
