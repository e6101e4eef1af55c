package ee.lim.plugin.estonia.isikukood;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The validator accepts exactly the codes that an independent implementation accepts. The reference
 * below works on a BigInteger and parses the date with {@link LocalDate#of}, so it shares no code
 * or structure with the validator.
 */
class IsikukoodPropertyTest {

    private static final long SEED = Long.getLong("lim.test.seed", System.nanoTime());

    @Test
    void check_agreesWithIndependentReference() {
        System.out.println("IsikukoodPropertyTest seed: " + SEED + " (-Dlim.test.seed to replay)");
        int[] valid = {0};

        qt().withFixedSeed(SEED)
                .withExamples(20_000)
                .forAll(codes())
                .check(
                        code -> {
                            boolean expected = referenceAccepts(code);
                            if (expected) {
                                valid[0]++;
                            }
                            return IsikukoodValidator.check(code).isValid() == expected;
                        });

        assertTrue(valid[0] > 1_000, "too few valid codes generated: " + valid[0]);
    }

    /**
     * Arbitrary 11-digit strings mixed with codes of a plausible date, often with a matching digit.
     */
    private static Gen<String> codes() {
        Gen<String> arbitrary =
                SourceDSL.longs().between(0L, 99_999_999_999L).map(n -> String.format("%011d", n));
        Gen<String> plausible =
                SourceDSL.integers()
                        .between(1, 8)
                        .zip(
                                SourceDSL.integers().between(0, 99),
                                SourceDSL.integers().between(1, 12),
                                SourceDSL.integers().between(1, 31),
                                (g, yy, mm, dd) -> String.format("%d%02d%02d%02d", g, yy, mm, dd))
                        .zip(
                                SourceDSL.integers().between(0, 999),
                                SourceDSL.integers().between(0, 19),
                                (prefix, serial, last) -> withLastDigit(prefix, serial, last));
        return arbitrary.mix(plausible, 60);
    }

    /**
     * Appends the serial and the reference check digit (last 10 to 19) or the digit {@code last}.
     */
    private static String withLastDigit(String prefix, int serial, int last) {
        String ten = prefix + String.format("%03d", serial);
        int digit = last >= 10 ? referenceCheckDigit(ten) : last;
        return ten + digit;
    }

    private static boolean referenceAccepts(String code) {
        if (code.length() != 11 || !code.chars().allMatch(Character::isDigit)) {
            return false;
        }
        BigInteger number = new BigInteger(code);
        int[] digits = new int[11];
        for (int i = 10; i >= 0; i--) {
            BigInteger[] division = number.divideAndRemainder(BigInteger.TEN);
            digits[i] = division[1].intValue();
            number = division[0];
        }
        int century;
        switch (digits[0]) {
            case 1, 2 -> century = 1800;
            case 3, 4 -> century = 1900;
            case 5, 6 -> century = 2000;
            case 7, 8 -> century = 2100;
            default -> {
                return false;
            }
        }
        try {
            LocalDate.of(
                    century + digits[1] * 10 + digits[2],
                    digits[3] * 10 + digits[4],
                    digits[5] * 10 + digits[6]);
        } catch (DateTimeException e) {
            return false;
        }
        return referenceCheckDigit(code) == digits[10];
    }

    private static int referenceCheckDigit(String code) {
        int first = 0;
        int second = 0;
        for (int i = 0; i < 10; i++) {
            int d = code.charAt(i) - '0';
            first += d * (i % 9 + 1);
            second += d * ((i + 2) % 9 + 1);
        }
        if (first % 11 < 10) {
            return first % 11;
        }
        return second % 11 < 10 ? second % 11 : 0;
    }
}
