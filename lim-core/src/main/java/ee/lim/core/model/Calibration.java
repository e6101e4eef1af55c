package ee.lim.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import org.apiguardian.api.API;

/**
 * The map from a model's raw log-odds {@code s} to calibrated log-odds {@code slope * s +
 * intercept}, fitted by Platt scaling or the identity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method {@code "platt"} or {@code "none"}; never {@code null}
 * @param slope the factor on the raw log-odds, at least 0; finite
 * @param intercept the shift; finite
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Calibration(String method, double slope, double intercept) {
    /** The method name of Platt scaling. */
    public static final String PLATT = "platt";

    /** The method name of no calibration. */
    public static final String NONE = "none";

    /**
     * Creates the record, validating the fields.
     *
     * @param method {@code "platt"} or {@code "none"}; never {@code null}
     * @param slope the factor on the raw log-odds, at least 0; finite
     * @param intercept the shift; finite
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Calibration {
        Checks.present(method, "Calibration.method");
        Checks.require(
                method.equals(PLATT) || method.equals(NONE),
                "Calibration.method",
                "Calibration.method must be 'platt' or 'none', got '" + method + "'");
        Checks.finite(slope, "Calibration.slope");
        Checks.require(
                slope >= 0, "Calibration.slope", "Calibration.slope must be >= 0, got " + slope);
        Checks.finite(intercept, "Calibration.intercept");
    }

    /**
     * Returns the identity map.
     *
     * @return slope 1, intercept 0, method {@code "none"}
     */
    public static Calibration none() {
        return new Calibration(NONE, 1, 0);
    }

    /**
     * Maps raw log-odds to calibrated log-odds.
     *
     * @param rawLogOdds the raw log-odds
     * @return {@code slope * rawLogOdds + intercept}
     */
    public double apply(double rawLogOdds) {
        return slope * rawLogOdds + intercept;
    }
}
