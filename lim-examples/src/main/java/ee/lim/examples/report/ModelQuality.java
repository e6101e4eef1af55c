package ee.lim.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * How well a risk model or rule pack separated the students with the adverse outcome from the
 * others, measured on predictions for students the model did not see in training.
 *
 * @param scorer the model provider or rule pack id; never {@code null}
 * @param validation how predictions were kept out of training, such as {@code "5-fold"} or {@code
 *     "time-ordered"}; never {@code null}
 * @param count students evaluated
 * @param positives students with the adverse outcome
 * @param auc the area under the ROC curve
 * @param prAuc the area under the precision-recall curve (average precision)
 * @param brier the Brier score, the mean squared error of the probabilities
 * @param roc the ROC curve from (0, 0) to (1, 1); never {@code null}
 * @param calibration the calibration bins; never {@code null}
 * @param groups the per-group table; never {@code null}
 */
public record ModelQuality(
        String scorer,
        String validation,
        int count,
        int positives,
        double auc,
        double prAuc,
        double brier,
        List<CurvePoint> roc,
        List<CalibrationBin> calibration,
        List<GroupRow> groups) {
    /**
     * Creates the record, copying the lists.
     *
     * @param scorer the scorer id
     * @param validation how predictions were kept out of training
     * @param count students evaluated
     * @param positives students with the adverse outcome
     * @param auc the ROC AUC
     * @param prAuc the PR AUC
     * @param brier the Brier score
     * @param roc the ROC curve
     * @param calibration the calibration bins
     * @param groups the per-group table
     * @throws NullPointerException if a reference argument is {@code null}
     */
    public ModelQuality {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(validation, "validation");
        roc = List.copyOf(roc);
        calibration = List.copyOf(calibration);
        groups = List.copyOf(groups);
    }
}
