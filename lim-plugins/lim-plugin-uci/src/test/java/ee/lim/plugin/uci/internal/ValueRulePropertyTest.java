package ee.lim.plugin.uci.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The column rules accept exactly what an independent reference accepts. The reference parses with
 * {@link Long#parseLong} and a regular expression, sharing no code with {@link ValueRule}.
 */
class ValueRulePropertyTest {
    private static final long SEED = Long.getLong("lim.test.seed", System.nanoTime());

    @Test
    void integerRule_agreesWithReference() {
        System.out.println("ValueRulePropertyTest seed: " + SEED + " (-Dlim.test.seed to replay)");
        ValueRule rule = ValueRule.integer(0, 20);
        int[] accepted = {0};

        qt().withFixedSeed(SEED)
                .withExamples(5_000)
                .forAll(values())
                .check(
                        value -> {
                            boolean expected = referenceAcceptsInteger(value, 0, 20);
                            if (expected) {
                                accepted[0]++;
                            }
                            return (rule.violation(value) == null) == expected;
                        });

        assertTrue(accepted[0] > 100, "too few valid values generated: " + accepted[0]);
    }

    @Test
    void codeRule_acceptsOnlyListedCodes() {
        ValueRule rule = ValueRule.oneOf("GP", "MS");

        qt().withFixedSeed(SEED)
                .withExamples(2_000)
                .forAll(SourceDSL.strings().betweenCodePoints('A', 'Z').ofLengthBetween(0, 3))
                .check(
                        value ->
                                (rule.violation(value) == null)
                                        == (value.equals("GP") || value.equals("MS")));
    }

    /** Whole numbers in and around the range, the same with a ".0", decimals and words. */
    private static Gen<String> values() {
        Gen<String> whole = SourceDSL.integers().between(-30, 50).map(n -> Integer.toString(n));
        Gen<String> pointZero = SourceDSL.integers().between(-5, 25).map(n -> n + ".0");
        Gen<String> decimal =
                SourceDSL.integers()
                        .between(0, 200)
                        .zip(SourceDSL.integers().between(1, 9), (n, f) -> n + "." + f);
        Gen<String> words = SourceDSL.strings().betweenCodePoints('a', 'd').ofLengthBetween(0, 4);
        return whole.mix(pointZero, 20).mix(decimal, 20).mix(words, 20);
    }

    private static boolean referenceAcceptsInteger(String value, long min, long max) {
        String digits =
                value.matches("-?[0-9]+\\.0+") ? value.substring(0, value.indexOf('.')) : value;
        try {
            long parsed = Long.parseLong(digits);
            return parsed >= min && parsed <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
