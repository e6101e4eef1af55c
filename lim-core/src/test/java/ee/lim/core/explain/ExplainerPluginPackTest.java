package ee.lim.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskAssessment;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.risk.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExplainerPluginPackTest {
    private static final Locale ESTONIAN = Locale.forLanguageTag("et");

    /** A pack that explains its one indicator in its own words. */
    static final class OwnWordsPack implements IndicatorRulePack {
        @Override
        public String id() {
            return "own-words";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public int spiVersion() {
            return SpiVersion.CURRENT;
        }

        @Override
        public boolean isInForceOn(LocalDate asOf) {
            return true;
        }

        @Override
        public List<Indicator> evaluate(RuleContext context) {
            return List.of();
        }

        @Override
        public Optional<String> explain(Indicator indicator, Locale locale) {
            return Optional.of(locale.getLanguage().equals("et") ? "Oma sõnadega" : "In own words");
        }
    }

    private static RiskAssessment assessment(String packId) {
        Indicator indicator =
                new Indicator(
                        "absent-days", packId, FactorCategory.ATTENDANCE, 9, 5, RiskBand.HIGH);
        return new RiskAssessment(
                new StudentKey("S1"),
                LocalDate.of(2026, 3, 2),
                RiskBand.HIGH,
                null,
                List.of(indicator),
                List.of(),
                List.of(packId + "@1"));
    }

    @Test
    void pluginPack_explainsOwnIndicator() {
        Explainer explainer =
                Explainer.of(ESTONIAN, List.of()).withPluginPacks(List.of(new OwnWordsPack()));

        Explanation explanation = explainer.explain(assessment("own-words"));

        assertEquals("Oma sõnadega", explanation.reasons().get(0).text());
    }

    @Test
    void unknownPack_getsGenericText() {
        Explainer explainer =
                Explainer.of(Locale.ENGLISH, List.of())
                        .withPluginPacks(List.of(new OwnWordsPack()));

        Explanation explanation = explainer.explain(assessment("another-pack"));

        String text = explanation.reasons().get(0).text();
        assertTrue(text.contains("absent-days"), text);
        assertTrue(text.contains("another-pack"), text);
    }
}
