package ee.lim.examples.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's texts in one language, from the bundle {@code ee.lim.examples.report.messages}, for
 * code that builds a {@link RunReport} and needs sentences for referrals and unmet needs.
 *
 * <p>Bundle texts are plain: an apostrophe is an apostrophe, and only {@code {0}}-style
 * placeholders are special. Immutable and thread-safe.
 */
public final class ReportTexts {
    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * Loads the texts of a language.
     *
     * @param language {@code "et"} or {@code "en"}; another tag falls back to English
     * @return the texts
     */
    public static ReportTexts of(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return new ReportTexts(ResourceBundle.getBundle(HtmlReport.bundleName(), locale), locale);
    }

    /**
     * Returns the locale of the texts.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Formats a text.
     *
     * @param key the key; never {@code null}
     * @param arguments the values of its {@code {0}}, {@code {1}}, ... placeholders
     * @return the text
     * @throws java.util.MissingResourceException if the key is not in the bundle
     */
    public String format(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }

    /**
     * Returns a text, or a fallback when the bundle has no such key.
     *
     * @param key the key; never {@code null}
     * @param fallback returned when the key is missing
     * @return the text or the fallback
     */
    public String orElse(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
