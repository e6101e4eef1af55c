package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;

/**
 * A ROC AUC with its confidence interval.
 *
 * <p>Immutable and thread-safe.
 *
 * @param auc the AUC
 * @param lower the lower bound
 * @param upper the upper bound
 * @param standardError the standard error of the AUC
 * @param level the confidence level, such as 0.95
 * @param method how the interval was computed, {@code "delong"}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AucInterval(
        @JsonProperty("auc") double auc,
        @JsonProperty("lower") double lower,
        @JsonProperty("upper") double upper,
        @JsonProperty("standard_error") double standardError,
        @JsonProperty("level") double level,
        @JsonProperty("method") String method) {
    /** The method name of DeLong's interval. */
    public static final String DELONG = "delong";
}
