package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;

/**
 * The flagging figures of one group at the overall threshold, and their disparity against the
 * reference group. When the group is smaller than the minimum size, {@code suppressed} is true and
 * every figure, the size included, is {@code null}, so a small group's members cannot be singled
 * out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param group the group value, such as {@code "F"}; {@code "(missing)"} for rows without one
 * @param suppressed whether the figures are withheld
 * @param size the number of rows, or {@code null} when suppressed
 * @param positives rows with the adverse outcome, or {@code null} when suppressed
 * @param flagRate the share flagged, or {@code null}
 * @param truePositiveRate the share of the group's positives flagged, or {@code null}
 * @param falsePositiveRate the share of the group's negatives flagged, or {@code null}
 * @param precision the share of the group's flagged rows that are positive, or {@code null}
 * @param auc the ROC AUC within the group, or {@code null} without both outcomes
 * @param brier the Brier score within the group, or {@code null}
 * @param flagRateRatio {@code flagRate / reference flagRate}, or {@code null}
 * @param truePositiveRateDifference {@code truePositiveRate - reference}, or {@code null}
 * @param falsePositiveRateDifference {@code falsePositiveRate - reference}, or {@code null}
 * @param precisionDifference {@code precision - reference}, or {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GroupRow(
        @JsonProperty("group") String group,
        @JsonProperty("suppressed") boolean suppressed,
        @JsonProperty("size") Integer size,
        @JsonProperty("positives") Integer positives,
        @JsonProperty("flag_rate") Double flagRate,
        @JsonProperty("tpr") Double truePositiveRate,
        @JsonProperty("fpr") Double falsePositiveRate,
        @JsonProperty("precision") Double precision,
        @JsonProperty("auc") Double auc,
        @JsonProperty("brier") Double brier,
        @JsonProperty("flag_rate_ratio") Double flagRateRatio,
        @JsonProperty("tpr_difference") Double truePositiveRateDifference,
        @JsonProperty("fpr_difference") Double falsePositiveRateDifference,
        @JsonProperty("precision_difference") Double precisionDifference) {}
