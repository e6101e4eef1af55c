package ee.lim.plugin.estonia.isikukood;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.YearMonth;
import org.apiguardian.api.API;

/**
 * Validates an Estonian personal identification code (isikukood), {@code GYYMMDDSSSC}.
 *
 * <p>G gives sex and century: 1 and 2 the 1800s, 3 and 4 the 1900s, 5 and 6 the 2000s, 7 and 8 the
 * 2100s. YYMMDD is the birth date, SSS a serial number and C the check digit of standard EVS 585:
 * S1 = Σ dᵢ·wᵢ over the first ten digits with weights 1 2 3 4 5 6 7 8 9 1; if S1 mod 11 is not 10
 * it is the check digit. Otherwise S2 uses the weights 3 4 5 6 7 8 9 1 2 3; if S2 mod 11 is not 10
 * it is the check digit, and otherwise the check digit is 0.
 *
 * <p>Checks take constant time, allocate nothing and are thread-safe. The code never appears in a
 * result or message.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class IsikukoodValidator {
    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 1, 2, 3};

    private IsikukoodValidator() {}

    /**
     * Validates a code.
     *
     * @param code the code; {@code null} gives {@link IsikukoodCheck#MISSING}
     * @return {@link IsikukoodCheck#VALID} or the first rule the code breaks
     */
    public static IsikukoodCheck check(CharSequence code) {
        if (code == null) {
            return IsikukoodCheck.MISSING;
        }
        if (code.length() != 11) {
            return IsikukoodCheck.WRONG_LENGTH;
        }
        for (int i = 0; i < 11; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return IsikukoodCheck.NOT_DIGITS;
            }
        }
        int centuryDigit = digit(code, 0);
        if (centuryDigit < 1 || centuryDigit > 8) {
            return IsikukoodCheck.INVALID_CENTURY_DIGIT;
        }
        int year = 1800 + 100 * ((centuryDigit - 1) / 2) + 10 * digit(code, 1) + digit(code, 2);
        int month = 10 * digit(code, 3) + digit(code, 4);
        int day = 10 * digit(code, 5) + digit(code, 6);
        if (month < 1 || month > 12 || !YearMonth.of(year, month).isValidDay(day)) {
            return IsikukoodCheck.INVALID_DATE;
        }
        if (checkDigit(code) != digit(code, 10)) {
            return IsikukoodCheck.WRONG_CHECK_DIGIT;
        }
        return IsikukoodCheck.VALID;
    }

    /**
     * Computes the EVS 585 check digit of the first ten digits.
     *
     * @param digits a sequence whose first ten characters are digits; never {@code null}
     * @return the check digit, 0 to 9
     * @throws IllegalArgumentException if the sequence is shorter than ten characters or one of
     *     them is not a digit
     */
    public static int checkDigit(CharSequence digits) {
        if (digits.length() < 10) {
            throw new IllegalArgumentException(
                    "checkDigit needs ten digits, got " + digits.length() + " characters");
        }
        int first = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (first != 10) {
            return first;
        }
        int second = weightedSum(digits, SECOND_WEIGHTS) % 11;
        return second != 10 ? second : 0;
    }

    private static int weightedSum(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(
                        "checkDigit needs digits; character " + (i + 1) + " is not one");
            }
            sum += (c - '0') * weights[i];
        }
        return sum;
    }

    private static int digit(CharSequence code, int index) {
        return code.charAt(index) - '0';
    }
}
