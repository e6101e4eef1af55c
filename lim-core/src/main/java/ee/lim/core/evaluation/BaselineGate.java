package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * Decides whether a model earns its place next to a rule-based score, such as "failing the first
 * period" or "more than 10 absences".
 *
 * <p>Both scores flag the same number of rows, {@code k = ceil(flagRate * n)}. Rule scores tie a
 * lot, so rows tied at the threshold share the remaining places: they count as the expected number
 * of true positives under a random choice among them, {@code (k - above) * positivesInTie / tied}.
 * Precision is then {@code TP / k} for both scores and recall {@code TP / positives}, and the two
 * differences have the same sign.
 *
 * <p><b>Decision rule:</b> the model passes if the lower bound of the percentile bootstrap interval
 * of {@code recall(model) - recall(rule)} is above {@code margin}. The bootstrap resamples rows
 * with replacement (paired: each resample scores both on the same rows), recomputes {@code k} and
 * both thresholds on each, and skips resamples without a positive. A model that cannot show more
 * recall than a rule anyone can explain should not be used in its place.
 *
 * <p>Immutable and thread-safe; the result depends only on the arguments and the seed.
 *
 * @param flagRate the share to flag, in {@code (0, 1]}
 * @param resamples the number of bootstrap resamples, 100 to 100000
 * @param level the confidence level of the intervals, in {@code (0, 1)}
 * @param seed the bootstrap seed
 * @param margin the smallest recall gain that counts, in {@code [0, 1)}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BaselineGate(double flagRate, int resamples, double level, long seed, double margin) {
    /**
     * Creates the record, validating the fields.
     *
     * @param flagRate the share to flag, in {@code (0, 1]}
     * @param resamples the number of bootstrap resamples, 100 to 100000
     * @param level the confidence level of the intervals, in {@code (0, 1)}
     * @param seed the bootstrap seed
     * @param margin the smallest recall gain that counts, in {@code [0, 1)}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public BaselineGate {
        Checks.require(
                flagRate > 0 && flagRate <= 1,
                "flagRate",
                "flagRate must be in (0, 1], got " + flagRate);
        Checks.inRange(resamples, 100, 100_000, "resamples");
        Checks.require(level > 0 && level < 1, "level", "level must be in (0, 1), got " + level);
        Checks.require(
                margin >= 0 && margin < 1, "margin", "margin must be in [0, 1), got " + margin);
    }

    /**
     * Compares the scores. Runs in O(resamples x n log n).
     *
     * @param model the model's scores; never {@code null}, no {@code NaN}
     * @param rule the rule's scores, higher meaning more risk; never {@code null}, same length
     * @param labels the outcomes, with at least one positive; never {@code null}, same length
     * @return the comparison and the decision
     * @throws ee.lim.spi.InvalidInputException if an argument is invalid
     */
    public GateResult compare(double[] model, double[] rule, boolean[] labels) {
        Metrics.check(model, labels);
        Metrics.check(rule, labels);
        int positives = Metrics.count(labels);
        Checks.require(positives > 0, "labels", "labels has no adverse outcome; recall undefined");
        int n = labels.length;
        int k = flagged(n);
        double modelTp = expectedTruePositives(model, labels, k);
        double ruleTp = expectedTruePositives(rule, labels, k);

        SplittableRandom random = new SplittableRandom(seed);
        double[] recallDiffs = new double[resamples];
        double[] precisionDiffs = new double[resamples];
        double[] m = new double[n];
        double[] r = new double[n];
        boolean[] y = new boolean[n];
        int done = 0;
        int attempts = 0;
        while (done < resamples && attempts < resamples * 10) {
            attempts++;
            int p = 0;
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(n);
                m[i] = model[pick];
                r[i] = rule[pick];
                y[i] = labels[pick];
                p += y[i] ? 1 : 0;
            }
            if (p == 0) {
                continue;
            }
            double diff = expectedTruePositives(m, y, k) - expectedTruePositives(r, y, k);
            recallDiffs[done] = diff / p;
            precisionDiffs[done] = diff / k;
            done++;
        }
        double[] recallInterval = percentiles(Arrays.copyOf(recallDiffs, done));
        double[] precisionInterval = percentiles(Arrays.copyOf(precisionDiffs, done));
        return new GateResult(
                flagRate,
                modelTp / positives,
                ruleTp / positives,
                (modelTp - ruleTp) / positives,
                recallInterval[0],
                recallInterval[1],
                modelTp / k,
                ruleTp / k,
                (modelTp - ruleTp) / k,
                precisionInterval[0],
                precisionInterval[1],
                level,
                done,
                seed,
                margin,
                recallInterval[0] > margin);
    }

    private int flagged(int n) {
        return Math.max(1, (int) Math.ceil(flagRate * n - 1e-9));
    }

    /**
     * Counts the true positives among the {@code k} highest scores, sharing the places left at a
     * tied threshold by expectation.
     */
    static double expectedTruePositives(double[] scores, boolean[] labels, int k) {
        double threshold = Flagging.thresholdAtTopK(scores, k);
        int above = 0;
        int tpAbove = 0;
        int tied = 0;
        int tpTied = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > threshold) {
                above++;
                tpAbove += labels[i] ? 1 : 0;
            } else if (scores[i] == threshold) {
                tied++;
                tpTied += labels[i] ? 1 : 0;
            }
        }
        return tpAbove + (double) (k - above) * tpTied / tied;
    }

    private double[] percentiles(double[] values) {
        Arrays.sort(values);
        double alpha = (1 - level) / 2;
        int lower = (int) Math.floor(alpha * (values.length - 1));
        int upper = (int) Math.ceil((1 - alpha) * (values.length - 1));
        return new double[] {values[lower], values[upper]};
    }
}
