package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import ee.lim.spi.Checks;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The evaluation of probabilities against outcomes, as written to JSON for researchers. Figures
 * that are undefined for the data (an AUC with one class only) are {@code null}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param size the number of rows
 * @param positives the rows with the adverse outcome
 * @param auc the ROC AUC, or {@code null}
 * @param aucInterval the AUC's DeLong confidence interval, or {@code null}
 * @param prAuc the average precision, or {@code null}
 * @param brier the Brier score
 * @param flagRate the share of rows flagged for {@code atFlagRate}
 * @param atFlagRate flagging at {@code flagRate}
 * @param topK the number of rows flagged for {@code atTopK}
 * @param atTopK flagging the {@code topK} highest
 * @param calibration the calibration table in deciles; never {@code null}
 * @param groups one table per group attribute, at the threshold of {@code atFlagRate}; never {@code
 *     null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EvaluationReport(
        @JsonProperty("n") int size,
        @JsonProperty("positives") int positives,
        @JsonProperty("auc") Double auc,
        @JsonProperty("auc_ci") AucInterval aucInterval,
        @JsonProperty("pr_auc") Double prAuc,
        @JsonProperty("brier") double brier,
        @JsonProperty("flag_rate") double flagRate,
        @JsonProperty("at_flag_rate") FlagResult atFlagRate,
        @JsonProperty("top_k") int topK,
        @JsonProperty("at_top_k") FlagResult atTopK,
        @JsonProperty("calibration") List<CalibrationBin> calibration,
        @JsonProperty("groups") List<GroupTable> groups) {
    /**
     * Creates the record, copying the lists.
     *
     * @param size the number of rows
     * @param positives the rows with the adverse outcome
     * @param auc the ROC AUC, or {@code null}
     * @param aucInterval the AUC's confidence interval, or {@code null}
     * @param prAuc the average precision, or {@code null}
     * @param brier the Brier score
     * @param flagRate the share of rows flagged for {@code atFlagRate}
     * @param atFlagRate flagging at {@code flagRate}
     * @param topK the number of rows flagged for {@code atTopK}
     * @param atTopK flagging the {@code topK} highest
     * @param calibration the calibration table; never {@code null}
     * @param groups one table per group attribute; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a list is {@code null}
     */
    public EvaluationReport {
        calibration = Checks.listOf(calibration, "EvaluationReport.calibration");
        groups = Checks.listOf(groups, "EvaluationReport.groups");
    }
}
