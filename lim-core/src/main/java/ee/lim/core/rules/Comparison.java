package ee.lim.core.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The direction in which a rule compares a feature value with its thresholds. A rule whose concern
 * grows with the value (hours of absence) uses {@link #AT_LEAST} or {@link #ABOVE}; one whose
 * concern grows as the value falls (an attendance rate) uses {@link #AT_MOST} or {@link #BELOW}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Comparison {
    /** Raised when {@code value >= threshold}; written {@code "atLeast"} in JSON. */
    AT_LEAST("atLeast"),
    /** Raised when {@code value > threshold}; written {@code "above"} in JSON. */
    ABOVE("above"),
    /** Raised when {@code value <= threshold}; written {@code "atMost"} in JSON. */
    AT_MOST("atMost"),
    /** Raised when {@code value < threshold}; written {@code "below"} in JSON. */
    BELOW("below");

    private final String jsonName;

    Comparison(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * Returns the name used in rule pack JSON.
     *
     * @return such as {@code "atLeast"}
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * Tells whether concern grows with the value.
     *
     * @return {@code true} for {@link #AT_LEAST} and {@link #ABOVE}
     */
    public boolean risesWithValue() {
        return this == AT_LEAST || this == ABOVE;
    }

    /**
     * Compares a value with a threshold.
     *
     * @param value the feature value
     * @param threshold the threshold
     * @return {@code true} if the value reaches the threshold in this direction
     */
    public boolean reaches(double value, double threshold) {
        return switch (this) {
            case AT_LEAST -> value >= threshold;
            case ABOVE -> value > threshold;
            case AT_MOST -> value <= threshold;
            case BELOW -> value < threshold;
        };
    }

    /**
     * Finds a comparison by its JSON name.
     *
     * @param jsonName such as {@code "atLeast"}; {@code null} gives empty
     * @return the comparison, or empty if the name is not one
     */
    public static Optional<Comparison> ofJsonName(String jsonName) {
        for (Comparison comparison : values()) {
            if (comparison.jsonName.equals(jsonName)) {
                return Optional.of(comparison);
            }
        }
        return Optional.empty();
    }
}
