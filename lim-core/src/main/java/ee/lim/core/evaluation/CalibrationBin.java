package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;

/**
 * One row of a calibration table.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower the lowest probability of the bin
 * @param upper the upper end of the bin, exclusive except for the last bin
 * @param count the number of rows in the bin
 * @param meanPredicted the mean probability in the bin, or {@code null} if empty
 * @param observedRate the share of adverse outcomes in the bin, or {@code null} if empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CalibrationBin(
        @JsonProperty("lower") double lower,
        @JsonProperty("upper") double upper,
        @JsonProperty("count") int count,
        @JsonProperty("mean_predicted") Double meanPredicted,
        @JsonProperty("observed_rate") Double observedRate) {}
