package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Evaluates probabilities against outcomes into an {@link EvaluationReport}: ROC AUC with a DeLong
 * interval, average precision, Brier score, decile calibration table, flagging at a rate and at
 * top-k, and per-group figures with small groups suppressed.
 *
 * <p>Immutable and thread-safe. The report depends only on the multiset of rows, never on their
 * order, except for the last bits of sums (Brier score, mean predicted probability per bin).
 *
 * @param flagRate the share to flag, in {@code (0, 1]}
 * @param topK the number to flag for the top-k figures, at least 1 (capped at the row count)
 * @param minimumGroupSize groups smaller than this get no figures, at least 1
 * @param level the confidence level of the AUC interval, in {@code (0, 1)}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Evaluator(double flagRate, int topK, int minimumGroupSize, double level) {
    /** The default smallest group that is shown. */
    public static final int DEFAULT_MINIMUM_GROUP_SIZE = 20;

    /**
     * Creates the record, validating the fields.
     *
     * @param flagRate the share to flag, in {@code (0, 1]}
     * @param topK the number to flag for the top-k figures, at least 1
     * @param minimumGroupSize groups smaller than this get no figures, at least 1
     * @param level the confidence level of the AUC interval, in {@code (0, 1)}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Evaluator {
        Checks.require(
                flagRate > 0 && flagRate <= 1,
                "flagRate",
                "flagRate must be in (0, 1], got " + flagRate);
        Checks.inRange(topK, 1, Integer.MAX_VALUE, "topK");
        Checks.inRange(minimumGroupSize, 1, Integer.MAX_VALUE, "minimumGroupSize");
        Checks.require(level > 0 && level < 1, "level", "level must be in (0, 1), got " + level);
    }

    /**
     * Returns the defaults: flag 10%, top 50, groups of at least 20, 95% interval.
     *
     * @return the default evaluator
     */
    public static Evaluator defaults() {
        return new Evaluator(0.10, 50, DEFAULT_MINIMUM_GROUP_SIZE, 0.95);
    }

    /**
     * Evaluates.
     *
     * @param probabilities the predicted probabilities, in {@code [0, 1]}; never {@code null}, not
     *     empty
     * @param labels the outcomes; never {@code null}, same length
     * @param groups group attributes by name, each one value per row ({@code null} for missing);
     *     never {@code null}, may be empty
     * @return the report
     * @throws ee.lim.spi.InvalidInputException if an argument is invalid
     */
    public EvaluationReport evaluate(
            double[] probabilities, boolean[] labels, Map<String, String[]> groups) {
        Metrics.checkProbabilities(probabilities, labels);
        Checks.require(labels.length > 0, "labels", "labels is empty; evaluate at least one row");
        Map<String, String[]> groupColumns = new TreeMap<>(Checks.mapOf(groups, "groups"));
        int positives = Metrics.count(labels);
        int negatives = labels.length - positives;
        Double auc = null;
        AucInterval interval = null;
        if (positives >= 1 && negatives >= 1) {
            auc = Metrics.rocAuc(probabilities, labels);
        }
        if (positives >= 2 && negatives >= 2) {
            interval = Metrics.rocAucInterval(probabilities, labels, level);
        }
        Double prAuc = positives >= 1 ? Metrics.averagePrecision(probabilities, labels) : null;
        double threshold = Flagging.thresholdAtRate(probabilities, flagRate);
        int k = Math.min(topK, labels.length);
        List<GroupTable> tables = new ArrayList<>();
        for (Map.Entry<String, String[]> entry : groupColumns.entrySet()) {
            tables.add(
                    GroupTable.compute(
                            entry.getKey(),
                            entry.getValue(),
                            probabilities,
                            labels,
                            threshold,
                            minimumGroupSize,
                            null));
        }
        return new EvaluationReport(
                labels.length,
                positives,
                auc,
                interval,
                prAuc,
                Metrics.brier(probabilities, labels),
                flagRate,
                Flagging.atThreshold(probabilities, labels, threshold),
                k,
                Flagging.atTopK(probabilities, labels, k),
                Metrics.calibrationTable(probabilities, labels, 10),
                tables);
    }
}
