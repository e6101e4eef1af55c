package ee.lim.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * What {@code lim evaluate} measured. The top-level metrics are those of the first scorer (the
 * model when there is one); {@code scorers} has every scorer in full.
 *
 * @param provenance where the result came from; never {@code null}
 * @param split {@code "kfold"} or {@code "time"}; never {@code null}
 * @param folds the number of folds ({@code 1} for a time-ordered split)
 * @param scorer the id of the scorer the top-level metrics belong to; never {@code null}
 * @param auc its ROC AUC
 * @param prAuc its PR AUC
 * @param brier its Brier score
 * @param groups its per-group table; never {@code null}
 * @param scorers every scorer's quality, the model first; never {@code null}
 */
public record EvaluationReport(
        Provenance provenance,
        String split,
        int folds,
        String scorer,
        double auc,
        double prAuc,
        double brier,
        List<GroupRow> groups,
        List<ModelQuality> scorers) {
    /**
     * Creates the record, copying the lists.
     *
     * @param provenance the provenance
     * @param split the split kind
     * @param folds the number of folds
     * @param scorer the primary scorer id
     * @param auc its ROC AUC
     * @param prAuc its PR AUC
     * @param brier its Brier score
     * @param groups its per-group table
     * @param scorers every scorer's quality
     * @throws NullPointerException if a reference argument is {@code null}
     */
    public EvaluationReport {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(scorer, "scorer");
        groups = List.copyOf(groups);
        scorers = List.copyOf(scorers);
    }

    /**
     * Builds a report whose top-level metrics are the first scorer's.
     *
     * @param provenance the provenance
     * @param split the split kind
     * @param folds the number of folds
     * @param scorers every scorer's quality, the primary first; not empty
     * @return the report
     * @throws IllegalArgumentException if {@code scorers} is empty
     */
    public static EvaluationReport of(
            Provenance provenance, String split, int folds, List<ModelQuality> scorers) {
        if (scorers.isEmpty()) {
            throw new IllegalArgumentException("an evaluation needs at least one scorer");
        }
        ModelQuality first = scorers.get(0);
        return new EvaluationReport(
                provenance,
                split,
                folds,
                first.scorer(),
                first.auc(),
                first.prAuc(),
                first.brier(),
                first.groups(),
                scorers);
    }
}
