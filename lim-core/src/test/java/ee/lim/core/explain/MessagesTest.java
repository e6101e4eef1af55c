package ee.lim.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.core.features.FeatureNames;
import ee.lim.core.features.FeatureUnit;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.RiskBand;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English and Estonian bundles have the same keys, every text LIM needs, and no personal data.
 */
class MessagesTest {
    /** A student key as SyntheticCohort makes them, or an 11-digit national id. */
    private static final Pattern PERSONAL = Pattern.compile("S\\d{6}|\\b\\d{11}\\b");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bundles_sameKeysInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties et = load("messages_et.properties");

        assertEquals(
                new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(et.stringPropertyNames()));
    }

    @Test
    void bundles_coverEveryFeatureCategoryBandAndUnit() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_et.properties"}) {
            Set<String> keys = load(name).stringPropertyNames();
            for (String feature : FeatureNames.all().keySet()) {
                assertTrue(keys.contains("feature." + feature), name + " feature." + feature);
            }
            for (FactorCategory category : FactorCategory.values()) {
                assertTrue(keys.contains("action." + category.name()), name + " " + category);
            }
            for (RiskBand band : RiskBand.values()) {
                assertTrue(keys.contains("band." + band.name()), name + " " + band);
            }
            for (FeatureUnit unit : FeatureUnit.values()) {
                if (unit != FeatureUnit.FLAG && unit != FeatureUnit.TIER) {
                    assertTrue(keys.contains("unit." + unit.name()), name + " " + unit);
                }
            }
        }
    }

    @Test
    void bundles_holdNoPersonalData() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_et.properties"}) {
            Properties properties = load(name);
            for (String key : properties.stringPropertyNames()) {
                String text = properties.getProperty(key);
                assertFalse(PERSONAL.matcher(text).find(), name + " " + key);
                assertFalse(text.toLowerCase(Locale.ROOT).contains("student}"), name + " " + key);
                assertFalse(text.toLowerCase(Locale.ROOT).contains("{key"), name + " " + key);
            }
        }
    }

    @Test
    void estonian_usesGlossaryTerms() throws IOException {
        String all =
                String.join("\n", load("messages_et.properties").values().toArray(String[]::new));

        for (String term :
                new String[] {
                    "Riskitase",
                    "Põhjuseta puudumi",
                    "õppeveerandil",
                    "Klassijuhataja",
                    "HEV-koordinaator",
                    "tugispetsialist",
                    "tõhustatud tugi",
                    "eritugi"
                }) {
            assertTrue(all.contains(term), term);
        }
    }
}
