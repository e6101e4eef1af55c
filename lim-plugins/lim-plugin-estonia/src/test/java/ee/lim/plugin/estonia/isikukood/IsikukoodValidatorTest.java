package ee.lim.plugin.estonia.isikukood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fixed cases for the isikukood rules; the expected check digits were computed by hand. */
class IsikukoodValidatorTest {

    @Test
    void check_publishedExampleIsValid() {
        assertEquals(IsikukoodCheck.VALID, IsikukoodValidator.check("36805280109"));
    }

    @Test
    void check_wrongCheckDigitRejected() {
        for (int digit = 0; digit <= 9; digit++) {
            if (digit == 9) {
                continue;
            }
            String code = "3680528010" + digit;

            assertEquals(
                    IsikukoodCheck.WRONG_CHECK_DIGIT, IsikukoodValidator.check(code), "C=" + digit);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "19602291238", // 1 → 1896, a leap year
                "29912311235", // 2 → 1899
                "39202291239", // 3 → 1992, a leap year
                "48501011230", // 4 → 1985
                "50002291239", // 5 → 2000, a leap year (divisible by 400)
                "61207311234", // 6 → 2012
                "70001011234", // 7 → 2100
                "82402291236" // 8 → 2124, a leap year
            })
    void check_everyCenturyDigitValid(String code) {
        assertEquals(IsikukoodCheck.VALID, IsikukoodValidator.check(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"98501011234", "08501011236"})
    void check_centuryDigitOutsideOneToEightRejected(String code) {
        assertEquals(IsikukoodCheck.INVALID_CENTURY_DIGIT, IsikukoodValidator.check(code));
    }

    @Test
    void check_secondPassWhenFirstIsTen() {
        // S1 = 1*3+2*6+3*8+4*0+5*5+6*2+7*8+8*0+9*1+1*1 = 142, 142 mod 11 = 10; S2 = 201, 201 mod 11
        // = 3.
        assertEquals(IsikukoodCheck.VALID, IsikukoodValidator.check("36805280113"));
        assertEquals(3, IsikukoodValidator.checkDigit("3680528011"));
        assertEquals(IsikukoodCheck.WRONG_CHECK_DIGIT, IsikukoodValidator.check("36805280110"));
    }

    @Test
    void check_zeroWhenBothSumsAreTen() {
        assertEquals(IsikukoodCheck.VALID, IsikukoodValidator.check("36805280600"));
        assertEquals(0, IsikukoodValidator.checkDigit("3680528060"));
        for (String code : List.of("36805281260", "36805282910")) {
            assertEquals(IsikukoodCheck.VALID, IsikukoodValidator.check(code), "zero rule");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "39002291233", // 1990-02-29
                "30002291237", // 1900-02-29: 1900 is not a leap year
                "10002291235", // 1800-02-29
                "70002291230", // 2100-02-29
                "48513011232", // month 13
                "48500011235", // month 0
                "48501001233", // day 0
                "48504311231" // 31 April
            })
    void check_impossibleDateRejected(String code) {
        assertEquals(IsikukoodCheck.INVALID_DATE, IsikukoodValidator.check(code));
    }

    @Test
    void check_shapeRulesComeFirst() {
        assertEquals(IsikukoodCheck.MISSING, IsikukoodValidator.check(null));
        assertEquals(IsikukoodCheck.WRONG_LENGTH, IsikukoodValidator.check(""));
        assertEquals(IsikukoodCheck.WRONG_LENGTH, IsikukoodValidator.check("3680528010"));
        assertEquals(IsikukoodCheck.WRONG_LENGTH, IsikukoodValidator.check("368052801090"));
        assertEquals(IsikukoodCheck.WRONG_LENGTH, IsikukoodValidator.check(" 36805280109"));
        assertEquals(IsikukoodCheck.NOT_DIGITS, IsikukoodValidator.check("3680528010a"));
        assertEquals(IsikukoodCheck.NOT_DIGITS, IsikukoodValidator.check("３6805280109"));
        assertEquals(IsikukoodCheck.NOT_DIGITS, IsikukoodValidator.check("-3680528010"));
    }

    @Test
    void checkDigit_rejectsShortInput() {
        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class, () -> IsikukoodValidator.checkDigit("123"));

        assertEquals("checkDigit needs ten digits, got 3 characters", error.getMessage());
    }
}
