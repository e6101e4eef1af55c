package ee.lim.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ee.lim.spi.service.EligibilityFact;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MatchingTextsTest {
    private static final Locale ET = Locale.forLanguageTag("et");
    private static final List<String> CODES =
            List.of(
                    "service-inactive",
                    "age-below-min",
                    "age-above-max",
                    "grade-below-min",
                    "grade-above-max",
                    "municipality-not-served",
                    "language-not-offered",
                    "tier-below-required",
                    "consent-refused");

    @Test
    void leftOut_hasEstonianAndEnglish() {
        for (LeftOut.Reason reason : LeftOut.Reason.values()) {
            String english = MatchingTexts.leftOut(reason, Locale.ENGLISH);
            String estonian = MatchingTexts.leftOut(reason, ET);

            assertFalse(english.isBlank(), reason.name());
            assertNotEquals(english, estonian, reason.name());
        }
    }

    @Test
    void eligibility_everyCodeIsTranslated() {
        for (String code : CODES) {
            String english = MatchingTexts.eligibility(code, Locale.ENGLISH);
            String estonian = MatchingTexts.eligibility(code, ET);

            assertNotEquals(code, english, code);
            assertNotEquals(english, estonian, code);
        }
    }

    @Test
    void eligibility_unknownCodeIsReturned() {
        assertEquals("no-such-code", MatchingTexts.eligibility("no-such-code", ET));
    }

    @Test
    void fact_hasEstonianAndEnglish() {
        for (EligibilityFact fact : EligibilityFact.values()) {
            assertNotEquals(
                    MatchingTexts.fact(fact, Locale.ENGLISH),
                    MatchingTexts.fact(fact, ET),
                    fact.name());
        }
        assertEquals("vanus", MatchingTexts.fact(EligibilityFact.AGE, ET));
    }
}
