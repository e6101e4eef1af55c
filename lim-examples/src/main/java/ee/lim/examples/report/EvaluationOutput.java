package ee.lim.examples.report;

import ee.lim.core.evaluation.GroupTable;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@code lim evaluate}. The top-level metrics are those of the first scorer (the
 * model when there is one); {@code scorers} has every scorer in full.
 *
 * @param provenance where the result came from; never {@code null}
 * @param split {@code "kfold"} or {@code "time"}; never {@code null}
 * @param folds the number of folds, or 1 for a time-ordered split
 * @param scorer the id of the scorer the top-level metrics belong to; never {@code null}
 * @param auc its ROC AUC, or {@code null} when the test set has one class only
 * @param prAuc its PR AUC (average precision), or {@code null} without positives
 * @param brier its Brier score
 * @param groups its per-group tables; never {@code null}
 * @param scorers every scorer's quality, the model first; never {@code null}
 */
public record EvaluationOutput(
        Provenance provenance,
        String split,
        int folds,
        String scorer,
        Double auc,
        Double prAuc,
        double brier,
        List<GroupTable> groups,
        List<ModelQuality> scorers) {
    /**
     * Creates the record, copying the lists.
     *
     * @param provenance the provenance
     * @param split the split kind
     * @param folds the number of folds
     * @param scorer the primary scorer id
     * @param auc its ROC AUC or {@code null}
     * @param prAuc its PR AUC or {@code null}
     * @param brier its Brier score
     * @param groups its per-group tables
     * @param scorers every scorer's quality
     * @throws NullPointerException if a reference argument other than a metric is {@code null}
     */
    public EvaluationOutput {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(scorer, "scorer");
        groups = List.copyOf(groups);
        scorers = List.copyOf(scorers);
    }

    /**
     * Builds an output whose top-level metrics are the first scorer's.
     *
     * @param provenance the provenance
     * @param split the split kind
     * @param folds the number of folds
     * @param scorers every scorer's quality, the primary first; not empty
     * @return the output
     * @throws IllegalArgumentException if {@code scorers} is empty
     */
    public static EvaluationOutput of(
            Provenance provenance, String split, int folds, List<ModelQuality> scorers) {
        if (scorers.isEmpty()) {
            throw new IllegalArgumentException("an evaluation needs at least one scorer");
        }
        ModelQuality first = scorers.get(0);
        return new EvaluationOutput(
                provenance,
                split,
                folds,
                first.scorer(),
                first.evaluation().auc(),
                first.evaluation().prAuc(),
                first.evaluation().brier(),
                first.evaluation().groups(),
                scorers);
    }
}
