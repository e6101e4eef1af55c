package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;

/**
 * The outcome of a {@link BaselineGate}: a model's recall and precision against a rule-based
 * score's at the same flag rate, with percentile bootstrap intervals of the differences.
 *
 * <p>Immutable and thread-safe.
 *
 * @param flagRate the share flagged by each score
 * @param modelRecall the model's recall
 * @param ruleRecall the rule's recall
 * @param recallDifference {@code modelRecall - ruleRecall}
 * @param recallDifferenceLower the lower bound of its interval
 * @param recallDifferenceUpper the upper bound of its interval
 * @param modelPrecision the model's precision
 * @param rulePrecision the rule's precision
 * @param precisionDifference {@code modelPrecision - rulePrecision}
 * @param precisionDifferenceLower the lower bound of its interval
 * @param precisionDifferenceUpper the upper bound of its interval
 * @param level the confidence level of the intervals
 * @param resamples the number of bootstrap resamples
 * @param seed the bootstrap seed
 * @param margin the smallest recall gain that counts
 * @param passes {@code true} if the model earns its place: {@code recallDifferenceLower > margin}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GateResult(
        @JsonProperty("flag_rate") double flagRate,
        @JsonProperty("model_recall") double modelRecall,
        @JsonProperty("rule_recall") double ruleRecall,
        @JsonProperty("recall_difference") double recallDifference,
        @JsonProperty("recall_difference_lower") double recallDifferenceLower,
        @JsonProperty("recall_difference_upper") double recallDifferenceUpper,
        @JsonProperty("model_precision") double modelPrecision,
        @JsonProperty("rule_precision") double rulePrecision,
        @JsonProperty("precision_difference") double precisionDifference,
        @JsonProperty("precision_difference_lower") double precisionDifferenceLower,
        @JsonProperty("precision_difference_upper") double precisionDifferenceUpper,
        @JsonProperty("level") double level,
        @JsonProperty("resamples") int resamples,
        @JsonProperty("seed") long seed,
        @JsonProperty("margin") double margin,
        @JsonProperty("passes") boolean passes) {}
