package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.service.EligibilityFact;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apiguardian.api.API;

/**
 * Texts for school staff that explain matching results, in Estonian ({@code et}) and English (the
 * fallback for every other locale), from the resource bundle {@code
 * ee.lim.core.matching.MatchingTexts}. Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MatchingTexts {
    private static final String BUNDLE = "ee.lim.core.matching.MatchingTexts";

    private MatchingTexts() {}

    /**
     * Returns the text for why a need got no proposal.
     *
     * @param reason the reason; never {@code null}
     * @param locale the reader's locale; never {@code null}
     * @return one sentence; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if an argument is null
     */
    public static String leftOut(LeftOut.Reason reason, Locale locale) {
        Checks.present(reason, "reason");
        return text("leftOut." + reason.name(), locale);
    }

    /**
     * Returns the text for a reason code of {@link EligibilityEvaluator}, such as {@code
     * "age-above-max"}.
     *
     * @param code the reason code; never {@code null}
     * @param locale the reader's locale; never {@code null}
     * @return one sentence, or the code itself if it is not a known code; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if an argument is null
     */
    public static String eligibility(String code, Locale locale) {
        Checks.present(code, "code");
        try {
            return text("eligibility." + code, locale);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    /**
     * Returns the name of a fact that eligibility may need.
     *
     * @param fact the fact; never {@code null}
     * @param locale the reader's locale; never {@code null}
     * @return a lower-case noun phrase; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if an argument is null
     */
    public static String fact(EligibilityFact fact, Locale locale) {
        Checks.present(fact, "fact");
        return text("fact." + fact.name(), locale);
    }

    private static String text(String key, Locale locale) {
        Checks.present(locale, "locale");
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, locale, MatchingTexts.class.getModule());
        return bundle.getString(key);
    }
}
