package ee.lim.examples.report;

import java.util.Objects;

/**
 * The model's quality within one group of a protected or context attribute, for the fairness audit.
 *
 * @param attribute the attribute, such as {@code "sex"}; never {@code null}
 * @param group the group's value; never {@code null}
 * @param count students in the group
 * @param positives students in the group with the adverse outcome
 * @param auc the ROC AUC within the group, or {@code null} when the group has one class only
 * @param meanPredicted the mean predicted probability
 * @param observedRate the observed rate of the adverse outcome
 * @param flaggedRate the share of the group in the watch or high band
 */
public record GroupRow(
        String attribute,
        String group,
        int count,
        int positives,
        Double auc,
        double meanPredicted,
        double observedRate,
        double flaggedRate) {
    /**
     * Creates the record.
     *
     * @param attribute the attribute
     * @param group the group value
     * @param count students in the group
     * @param positives students with the adverse outcome
     * @param auc the AUC or {@code null}
     * @param meanPredicted the mean prediction
     * @param observedRate the observed rate
     * @param flaggedRate the flagged share
     * @throws NullPointerException if {@code attribute} or {@code group} is {@code null}
     */
    public GroupRow {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(group, "group");
    }
}
