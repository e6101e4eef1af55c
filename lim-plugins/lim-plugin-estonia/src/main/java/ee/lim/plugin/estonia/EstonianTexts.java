package ee.lim.plugin.estonia;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.SupportTier;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskBand;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The texts of this plugin that reach school staff and families, in Estonian and English, from the
 * resource bundle {@value #BUNDLE} ({@code messages.properties} in English, {@code
 * messages_et.properties} in Estonian, both UTF-8).
 *
 * <p>Any locale whose language is {@code et} gets Estonian; every other locale gets English,
 * whatever the JVM's default locale is. This class is stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EstonianTexts {
    /** The base name of the resource bundle. */
    public static final String BUNDLE = "ee.lim.plugin.estonia.messages";

    /** The Estonian locale. */
    public static final Locale ESTONIAN = Locale.forLanguageTag("et");

    private static final Pattern WINDOW = Pattern.compile("(.+)-([0-9]+)w");

    private EstonianTexts() {}

    /**
     * Returns the bundle for a locale.
     *
     * @param locale the reader's locale; never {@code null}
     * @return the Estonian bundle for language {@code et}, otherwise the English one
     * @throws ee.lim.spi.InvalidInputException if {@code locale} is {@code null}
     */
    public static ResourceBundle bundle(Locale locale) {
        Checks.present(locale, "locale");
        // Locale.ROOT stops ResourceBundle from falling back to the JVM's default locale, which
        // would give Estonian to an English reader on an Estonian machine.
        Locale lookup = "et".equals(locale.getLanguage()) ? ESTONIAN : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, lookup);
    }

    /**
     * Returns a text, formatted with {@link MessageFormat}: every text in the bundles is a pattern,
     * so write an apostrophe as {@code ''}.
     *
     * @param locale the reader's locale; never {@code null}
     * @param key the text's key; never {@code null}
     * @param arguments values for the placeholders {@code {0}}, {@code {1}}, …; never personal data
     *     other than pseudonymous keys
     * @return the text
     * @throws ee.lim.spi.InvalidInputException if {@code locale} or {@code key} is {@code null}
     * @throws MissingResourceException if the bundle has no such key (a bug in this plugin)
     */
    public static String text(Locale locale, String key, Object... arguments) {
        Checks.present(key, "key");
        String pattern = bundle(locale).getString(key);
        // Every text is a MessageFormat pattern, even without placeholders, so that '' always
        // renders as one apostrophe.
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * Formats a date the way the reader's language writes it: {@code 24.02.2026} in Estonian,
     * {@code 2026-02-24} in English.
     *
     * @param locale the reader's locale; never {@code null}
     * @param date the date; never {@code null}
     * @return the formatted date
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null}
     */
    public static String date(Locale locale, LocalDate date) {
        Checks.present(date, "date");
        return DateTimeFormatter.ofPattern(text(locale, "format.date"), Locale.ROOT).format(date);
    }

    /**
     * Returns the name of an indicator of this plugin's rule packs, such as "Hilinemisega päevad".
     *
     * @param locale the reader's locale; never {@code null}
     * @param indicator an indicator of {@code ee-ehis-20} or {@code ee-weekly}; never {@code null}
     * @return the name
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null}
     * @throws MissingResourceException if the indicator is not one of this plugin's
     */
    public static String indicatorName(Locale locale, Indicator indicator) {
        Checks.present(indicator, "indicator");
        return text(locale, "indicator." + baseId(indicator.id()) + ".name");
    }

    /**
     * Explains an indicator of this plugin's rule packs with its value: the weekly ones name their
     * window, the quarterly one its threshold.
     *
     * @param locale the reader's locale; never {@code null}
     * @param indicator an indicator of {@code ee-ehis-20} or {@code ee-weekly}; never {@code null}
     * @return the explanation
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null}
     * @throws MissingResourceException if the indicator is not one of this plugin's
     */
    public static String indicatorExplanation(Locale locale, Indicator indicator) {
        Checks.present(indicator, "indicator");
        Matcher window = WINDOW.matcher(indicator.id());
        Object second =
                window.matches() ? Integer.parseInt(window.group(2)) : indicator.threshold();
        return text(
                locale,
                "indicator." + baseId(indicator.id()) + ".explanation",
                indicator.value(),
                second);
    }

    /**
     * Joins an indicator's name, its explanation and, where there is one, the advice into the text
     * a report shows for it.
     *
     * @param locale the reader's locale; never {@code null}
     * @param indicator an indicator of {@code ee-ehis-20} or {@code ee-weekly}; never {@code null}
     * @return the text
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null}
     * @throws MissingResourceException if the indicator is not one of this plugin's
     */
    public static String indicatorSentence(Locale locale, Indicator indicator) {
        String text =
                indicatorName(locale, indicator) + ": " + indicatorExplanation(locale, indicator);
        return indicatorAdvice(locale, indicator).map(advice -> text + " " + advice).orElse(text);
    }

    /**
     * Returns what staff can do about a raised indicator, where the plugin has advice for it.
     *
     * @param locale the reader's locale; never {@code null}
     * @param indicator an indicator of {@code ee-ehis-20} or {@code ee-weekly}; never {@code null}
     * @return the advice, or empty when the indicator has none
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null}
     */
    public static Optional<String> indicatorAdvice(Locale locale, Indicator indicator) {
        Checks.present(indicator, "indicator");
        String key = "indicator." + baseId(indicator.id()) + ".advice";
        return bundle(locale).containsKey(key) ? Optional.of(text(locale, key)) : Optional.empty();
    }

    /**
     * Returns the name of a risk band (riskitase), such as "tasub jälgida".
     *
     * @param locale the reader's locale; never {@code null}
     * @param band the band; never {@code null}
     * @return the name
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null}
     */
    public static String bandName(Locale locale, RiskBand band) {
        Checks.present(band, "band");
        return text(locale, "band." + band.name().toLowerCase(Locale.ROOT));
    }

    private static String baseId(String indicatorId) {
        Matcher window = WINDOW.matcher(indicatorId);
        return window.matches() ? window.group(1) : indicatorId;
    }

    /**
     * Returns the name of a support tier, such as "tõhustatud tugi".
     *
     * @param locale the reader's locale; never {@code null}
     * @param tier the tier; never {@code null}
     * @return the name
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null}
     */
    public static String supportTierName(Locale locale, SupportTier tier) {
        Checks.present(tier, "tier");
        return text(locale, "tier." + tier.name().toLowerCase(Locale.ROOT) + ".name");
    }

    /**
     * Returns the explanation of a support tier: who gives it and what it needs.
     *
     * @param locale the reader's locale; never {@code null}
     * @param tier the tier; never {@code null}
     * @return the explanation
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null}
     */
    public static String supportTierExplanation(Locale locale, SupportTier tier) {
        Checks.present(tier, "tier");
        return text(locale, "tier." + tier.name().toLowerCase(Locale.ROOT) + ".explanation");
    }
}
