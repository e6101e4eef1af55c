package ee.lim.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import org.apiguardian.api.API;

/**
 * The training facts of a {@link LogisticRegression}, kept with the model for provenance.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rows the number of training rows, at least 2
 * @param positives the number of rows with the adverse outcome
 * @param l2 the L2 penalty on the standardised weights, positive
 * @param iterations the Newton iterations of the final fit
 * @param converged whether the final fit met its tolerance
 * @param calibrationFolds the folds that produced the out-of-fold scores for calibration, or 0 when
 *     the model is not calibrated
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TrainingSummary(
        int rows,
        int positives,
        double l2,
        int iterations,
        boolean converged,
        int calibrationFolds) {
    /**
     * Creates the record, validating the fields.
     *
     * @param rows the number of training rows, at least 2
     * @param positives the number of rows with the adverse outcome
     * @param l2 the L2 penalty on the standardised weights, positive
     * @param iterations the Newton iterations of the final fit
     * @param converged whether the final fit met its tolerance
     * @param calibrationFolds the folds that produced the out-of-fold scores for calibration, or 0
     *     when the model is not calibrated
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public TrainingSummary {
        Checks.inRange(rows, 2, Integer.MAX_VALUE, "TrainingSummary.rows");
        Checks.inRange(positives, 0, rows, "TrainingSummary.positives");
        Checks.finite(l2, "TrainingSummary.l2");
        Checks.require(l2 > 0, "TrainingSummary.l2", "TrainingSummary.l2 must be > 0, got " + l2);
        Checks.inRange(iterations, 0, Integer.MAX_VALUE, "TrainingSummary.iterations");
        Checks.inRange(calibrationFolds, 0, rows, "TrainingSummary.calibrationFolds");
    }
}
