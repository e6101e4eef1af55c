package ee.lim.plugin.estonia.isikukood;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.plugin.estonia.EstonianTexts;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The result of validating an isikukood: valid, or the first rule it breaks. The checks run in the
 * order of the constants, so a code of the wrong length is reported as such and not as a wrong
 * check digit. No constant carries the code itself.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum IsikukoodCheck {
    /** The code is valid. */
    VALID("is valid"),
    /** No code was given ({@code null}). */
    MISSING("is missing"),
    /** The code does not have 11 characters. */
    WRONG_LENGTH("must have 11 digits"),
    /** The code has a character other than the digits 0 to 9. */
    NOT_DIGITS("must contain only the digits 0-9"),
    /** The first digit, which gives sex and century, is not 1 to 8. */
    INVALID_CENTURY_DIGIT("must start with a digit from 1 to 8"),
    /** Digits 2 to 7 do not form a real calendar date in the century of the first digit. */
    INVALID_DATE("has a birth date that does not exist"),
    /** The last digit is not the check digit of the first ten (standard EVS 585). */
    WRONG_CHECK_DIGIT("has a wrong check digit");

    private final String description;

    IsikukoodCheck(String description) {
        this.description = description;
    }

    /**
     * Tells whether the code passed every rule.
     *
     * @return {@code true} only for {@link #VALID}
     */
    public boolean isValid() {
        return this == VALID;
    }

    /**
     * Returns the English predicate for developer messages, such as "has a wrong check digit".
     *
     * @return the description; it never contains the code
     */
    public String description() {
        return description;
    }

    /**
     * Returns the message for users, such as "Isikukoodi kontrollnumber ei klapi.".
     *
     * @param locale the reader's locale; never {@code null}
     * @return the text from the plugin's bundle
     * @throws ee.lim.spi.InvalidInputException if {@code locale} is {@code null}
     */
    public String userMessage(Locale locale) {
        return EstonianTexts.text(locale, "isikukood." + name().toLowerCase(Locale.ROOT));
    }
}
