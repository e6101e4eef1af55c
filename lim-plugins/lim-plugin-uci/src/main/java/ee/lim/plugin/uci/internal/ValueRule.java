package ee.lim.plugin.uci.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The values a column accepts: a fixed code list, an integer range or a decimal range. Messages
 * name the rule, never the value, since a value may be personal data.
 */
final class ValueRule {
    private final Set<String> codes;
    private final boolean integer;
    private final double min;
    private final double max;

    private ValueRule(Set<String> codes, boolean integer, double min, double max) {
        this.codes = codes;
        this.integer = integer;
        this.min = min;
        this.max = max;
    }

    /**
     * Creates a rule that accepts exactly the given codes.
     *
     * @param codes the accepted codes, case-sensitive
     * @return the rule
     */
    static ValueRule oneOf(String... codes) {
        return new ValueRule(Set.of(codes), false, 0, 0);
    }

    /**
     * Creates a rule that accepts integers in a closed range.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the rule
     */
    static ValueRule integer(long min, long max) {
        return new ValueRule(null, true, min, max);
    }

    /**
     * Creates a rule that accepts decimal numbers in a closed range.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the rule
     */
    static ValueRule decimal(double min, double max) {
        return new ValueRule(null, false, min, max);
    }

    /**
     * Checks a value.
     *
     * @param value the raw value
     * @return {@code null} if it is valid, otherwise the rule it breaks
     */
    String violation(String value) {
        if (codes != null) {
            return codes.contains(value) ? null : "must be one of " + sorted();
        }
        double number;
        try {
            BigDecimal parsed = new BigDecimal(value);
            if (integer && parsed.stripTrailingZeros().scale() > 0) {
                return "must be a whole number from " + (long) min + " to " + (long) max;
            }
            number = parsed.doubleValue();
        } catch (NumberFormatException e) {
            return integer
                    ? "must be a whole number from " + (long) min + " to " + (long) max
                    : "must be a number from " + min + " to " + max;
        }
        if (number < min || number > max) {
            return integer
                    ? "must be from " + (long) min + " to " + (long) max
                    : "must be from " + min + " to " + max;
        }
        return null;
    }

    /**
     * Parses a value that passed a numeric rule.
     *
     * @param value the raw value
     * @return the number
     */
    static double number(String value) {
        return new BigDecimal(value).doubleValue();
    }

    private List<String> sorted() {
        return codes.stream().sorted().toList();
    }
}
