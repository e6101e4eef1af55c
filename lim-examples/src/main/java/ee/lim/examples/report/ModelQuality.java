package ee.lim.examples.report;

import ee.lim.core.evaluation.EvaluationReport;
import java.util.List;
import java.util.Objects;

/**
 * The quality of a risk model or rule pack: how well it separated the students with the adverse
 * outcome from the others, measured on scores for students the model did not see in training.
 *
 * @param scorer the model provider or rule pack id; never {@code null}
 * @param validation how scores were kept apart from training, such as {@code "5-fold out-of-fold"};
 *     never {@code null}
 * @param evaluation the metrics (AUC with interval, PR AUC, Brier score, calibration, flagging and
 *     the per-group table); never {@code null}
 * @param roc the ROC curve from (0, 0) to (1, 1), for the plot; never {@code null}
 */
public record ModelQuality(
        String scorer, String validation, EvaluationReport evaluation, List<CurvePoint> roc) {
    /**
     * Creates the record, copying the list.
     *
     * @param scorer the scorer id
     * @param validation how scores were kept apart from training
     * @param evaluation the metrics
     * @param roc the ROC curve
     * @throws NullPointerException if an argument is {@code null}
     */
    public ModelQuality {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(evaluation, "evaluation");
        roc = List.copyOf(roc);
    }
}
