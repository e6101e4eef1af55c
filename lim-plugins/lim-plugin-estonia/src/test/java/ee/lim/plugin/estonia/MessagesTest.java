package ee.lim.plugin.estonia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.plugin.estonia.isikukood.IsikukoodCheck;
import ee.lim.plugin.estonia.rules.EhisAbsenceRulePack;
import ee.lim.plugin.estonia.rules.WeeklyEarlyWarningPack;
import ee.lim.spi.model.SupportTier;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskBand;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The two bundles are read as raw UTF-8 files, so a key missing from one cannot hide. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EstonianTexts.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bundles_haveTheSameKeys() throws IOException {
        Properties english = load("messages.properties");
        Properties estonian = load("messages_et.properties");

        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(estonian.stringPropertyNames());
        Set<String> onlyEstonian = new TreeSet<>(estonian.stringPropertyNames());
        onlyEstonian.removeAll(english.stringPropertyNames());

        assertEquals(Set.of(), onlyEnglish, "keys missing from messages_et.properties");
        assertEquals(Set.of(), onlyEstonian, "keys missing from messages.properties");
    }

    @Test
    void bundles_textsAreNonBlankValidPatterns() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_et.properties"}) {
            Properties bundle = load(name);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);

                assertFalse(text.isBlank(), name + " " + key + " is blank");
                new MessageFormat(text);
                assertFalse(text.contains("\ufffd"), name + " " + key + " is not valid UTF-8");
            }
        }
    }

    @Test
    void text_rendersDoubledApostropheOnce() throws IOException {
        for (String key : load("messages.properties").stringPropertyNames()) {
            String text = EstonianTexts.text(Locale.ENGLISH, key);

            assertFalse(text.contains("''"), key + " renders a doubled apostrophe");
        }
        assertTrue(
                EstonianTexts.text(Locale.ENGLISH, "indicator.unexcused-lessons-quarter.advice")
                        .contains("the parent's consent"));
    }

    @Test
    void bundles_estonianIsReadAsUtf8() {
        assertEquals(
                "koolipsühholoog",
                EstonianTexts.text(EstonianTexts.ESTONIAN, "role.school-psychologist"));
        assertEquals(
                "tõhustatud tugi",
                EstonianTexts.supportTierName(EstonianTexts.ESTONIAN, SupportTier.ENHANCED));
        assertEquals(
                "eritugi",
                EstonianTexts.supportTierName(EstonianTexts.ESTONIAN, SupportTier.SPECIAL));
        assertEquals(
                "üldine tugi",
                EstonianTexts.supportTierName(Locale.forLanguageTag("et-EE"), SupportTier.GENERAL));
    }

    @Test
    void bundle_nonEstonianLocaleGetsEnglish() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(EstonianTexts.ESTONIAN);

            assertEquals(
                    "special support",
                    EstonianTexts.supportTierName(Locale.GERMAN, SupportTier.SPECIAL));
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void everyEnumTextExistsInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, EstonianTexts.ESTONIAN}) {
            for (SpecialistRole role : SpecialistRole.values()) {
                assertFalse(role.displayName(locale).isBlank());
            }
            for (SupportTier tier : SupportTier.values()) {
                assertFalse(EstonianTexts.supportTierExplanation(locale, tier).isBlank());
            }
            for (IsikukoodCheck check : IsikukoodCheck.values()) {
                assertFalse(check.userMessage(locale).isBlank());
            }
            for (RiskBand band : RiskBand.values()) {
                assertFalse(EstonianTexts.bandName(locale, band).isBlank());
            }
            for (String id : WeeklyEarlyWarningPack.RULE_IDS) {
                Indicator indicator =
                        new Indicator(
                                id,
                                WeeklyEarlyWarningPack.ID,
                                FactorCategory.ATTENDANCE,
                                3,
                                1,
                                RiskBand.WATCH);
                assertFalse(EstonianTexts.indicatorName(locale, indicator).isBlank());
                assertTrue(
                        EstonianTexts.indicatorExplanation(locale, indicator)
                                .contains(id.endsWith("2w") ? "2" : "4"));
            }
        }
    }

    @Test
    void indicatorExplanation_ehisRuleInEstonian() {
        Indicator indicator =
                new Indicator(
                        EhisAbsenceRulePack.RULE_ID,
                        EhisAbsenceRulePack.ID,
                        FactorCategory.ATTENDANCE,
                        22.5,
                        20,
                        RiskBand.HIGH);

        String text = EstonianTexts.indicatorExplanation(EstonianTexts.ESTONIAN, indicator);

        assertTrue(
                text.startsWith(
                        "Selles õppeveerandis on õpilane puudunud põhjuseta 22,5% tundidest (piir on 20%)."),
                text);
        assertNotEquals(text, EstonianTexts.indicatorExplanation(Locale.ENGLISH, indicator));
        assertTrue(EstonianTexts.indicatorExplanation(Locale.ENGLISH, indicator).contains("22.5%"));
        assertTrue(
                EstonianTexts.indicatorAdvice(EstonianTexts.ESTONIAN, indicator)
                        .orElseThrow()
                        .contains("võrgustikukohtumine"));
    }

    @Test
    void indicatorAdvice_emptyWithoutAdvice() {
        Indicator late =
                new Indicator(
                        "late-days-2w",
                        WeeklyEarlyWarningPack.ID,
                        FactorCategory.ATTENDANCE,
                        1,
                        3,
                        RiskBand.NONE);

        assertTrue(EstonianTexts.indicatorAdvice(Locale.ENGLISH, late).isEmpty());
    }
}
