package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;

/**
 * The counts and rates of flagging every score at or above a threshold.
 *
 * <p>Immutable and thread-safe.
 *
 * @param threshold the lowest flagged score
 * @param flagged the number of rows flagged; more than asked for when scores tie at the threshold
 * @param truePositives flagged rows with the adverse outcome
 * @param falsePositives flagged rows without it
 * @param precision {@code truePositives / flagged}, or {@code null} if nothing is flagged
 * @param recall {@code truePositives / positives} (the true positive rate), or {@code null} without
 *     positives
 * @param falsePositiveRate {@code falsePositives / negatives}, or {@code null} without negatives
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FlagResult(
        @JsonProperty("threshold") double threshold,
        @JsonProperty("flagged") int flagged,
        @JsonProperty("true_positives") int truePositives,
        @JsonProperty("false_positives") int falsePositives,
        @JsonProperty("precision") Double precision,
        @JsonProperty("recall") Double recall,
        @JsonProperty("false_positive_rate") Double falsePositiveRate) {}
