package ee.lim.core.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskAssessment;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.service.Need;
import ee.lim.spi.service.NeedCategory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedsTest {
    private static final StudentKey KEY = new StudentKey("p-17");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static Indicator indicator(String id, FactorCategory category, RiskBand band) {
        return new Indicator(id, "ewims", category, 0.8, 0.9, band);
    }

    @Test
    void defaultMapping_pointsFactorsToNeeds() {
        NeedMapping mapping = NeedMapping.defaults();

        assertEquals(NeedCategory.ATTENDANCE, mapping.needFor(FactorCategory.ATTENDANCE));
        assertEquals(NeedCategory.LEARNING, mapping.needFor(FactorCategory.GRADES));
        assertEquals(NeedCategory.BEHAVIOUR, mapping.needFor(FactorCategory.BEHAVIOUR));
        assertNull(mapping.needFor(FactorCategory.BACKGROUND));
    }

    @Test
    void derive_mergesIndicatorsPerCategory() {
        RiskAssessment assessment =
                new RiskAssessment(
                        KEY,
                        AS_OF,
                        RiskBand.HIGH,
                        null,
                        List.of(
                                indicator("att-4w", FactorCategory.ATTENDANCE, RiskBand.WATCH),
                                indicator("grades-f", FactorCategory.GRADES, RiskBand.HIGH),
                                indicator("support", FactorCategory.SUPPORT, RiskBand.WATCH),
                                indicator("calm", FactorCategory.BEHAVIOUR, RiskBand.NONE),
                                indicator("bg", FactorCategory.BACKGROUND, RiskBand.HIGH)),
                        List.of(),
                        List.of("ewims@1"));

        List<Need> needs = new NeedDeriver(NeedMapping.defaults()).derive(assessment);

        assertEquals(2, needs.size());
        Need attendance = needs.get(0);
        assertEquals(NeedCategory.ATTENDANCE, attendance.category());
        assertEquals(0.5, attendance.priority(), 1e-12);
        Need learning = needs.get(1);
        assertEquals(NeedCategory.LEARNING, learning.category());
        assertEquals(0.8, learning.priority(), 1e-12);
        assertEquals(List.of("grades-f", "support"), learning.reasons());
        assertEquals(Need.Origin.DERIVED, learning.origin());
    }

    @Test
    void derive_noneBandGivesNoNeeds() {
        RiskAssessment assessment =
                new RiskAssessment(
                        KEY,
                        AS_OF,
                        RiskBand.NONE,
                        0.05,
                        List.of(indicator("att", FactorCategory.ATTENDANCE, RiskBand.HIGH)),
                        List.of(),
                        List.of("ewims@1"));

        List<Need> needs = new NeedDeriver(NeedMapping.defaults()).derive(assessment);

        assertEquals(List.of(), needs);
    }

    @Test
    void derive_blendsProbability() {
        RiskAssessment assessment =
                new RiskAssessment(
                        KEY,
                        AS_OF,
                        RiskBand.HIGH,
                        0.4,
                        List.of(indicator("att", FactorCategory.ATTENDANCE, RiskBand.HIGH)),
                        List.of(),
                        List.of("ewims@1"));

        Need need = new NeedDeriver(NeedMapping.defaults()).derive(assessment).get(0);

        assertEquals(0.75 * 0.8 + 0.25 * 0.4, need.priority(), 1e-12);
    }

    @Test
    void merge_recordedOutranksDerived() {
        Need derived =
                new Need(KEY, NeedCategory.LEARNING, 0.8, Need.Origin.DERIVED, List.of("g"), AS_OF);
        Need recorded =
                new Need(
                        KEY,
                        NeedCategory.LEARNING,
                        0.6,
                        Need.Origin.RECORDED,
                        List.of("dyslexia-suspected", "g"),
                        AS_OF.plusDays(3));
        Need other =
                new Need(KEY, NeedCategory.HEALTH, 0.3, Need.Origin.RECORDED, List.of(), AS_OF);

        List<Need> merged = new NeedMerger().merge(List.of(derived, other, recorded));

        assertEquals(2, merged.size());
        Need health = merged.get(0);
        assertEquals(NeedCategory.HEALTH, health.category());
        Need learning = merged.get(1);
        assertEquals(0.8, learning.priority(), 1e-12);
        assertEquals(Need.Origin.RECORDED, learning.origin());
        assertEquals(List.of("g", "dyslexia-suspected"), learning.reasons());
        assertEquals(AS_OF.plusDays(3), learning.date());
    }

    @Test
    void taxonomy_extendsWithJurisdictionCategories() {
        NeedCategory hev = new NeedCategory("special-education");

        NeedTaxonomy extended = NeedTaxonomy.defaults().extend(List.of(hev));

        assertTrue(extended.contains(hev));
        assertEquals(9, extended.categories().size());
        assertThrows(
                InvalidInputException.class,
                () -> extended.extend(List.of(NeedCategory.ATTENDANCE)));
    }

    @Test
    void read_customMappingUsesExtension() {
        String json =
                "{\"rules\":[{\"factor\":\"GRADES\",\"need\":\"special-education\"}],"
                        + "\"bandPriority\":{\"WATCH\":0.3,\"HIGH\":0.9}}";
        NeedTaxonomy taxonomy =
                NeedTaxonomy.defaults().extend(List.of(new NeedCategory("special-education")));

        NeedMapping mapping = NeedMapping.read(stream(json), taxonomy);

        assertEquals(new NeedCategory("special-education"), mapping.needFor(FactorCategory.GRADES));
        assertEquals(0.9, mapping.priority(RiskBand.HIGH, 0.1), 1e-12);
    }

    @Test
    void read_rejectsBadMappings() {
        String[] bad = {
            "not json",
            "[]",
            "{\"bandPriority\":{\"WATCH\":0.3,\"HIGH\":0.9}}",
            "{\"rules\":[{\"factor\":\"MOOD\",\"need\":\"wellbeing\"}],"
                    + "\"bandPriority\":{\"WATCH\":0.3,\"HIGH\":0.9}}",
            "{\"rules\":[{\"factor\":\"GRADES\",\"need\":\"unknown-need\"}],"
                    + "\"bandPriority\":{\"WATCH\":0.3,\"HIGH\":0.9}}",
            "{\"rules\":[],\"bandPriority\":{\"WATCH\":1.3,\"HIGH\":0.9}}",
            "{\"rules\":[],\"bandPriority\":{\"HIGH\":0.9}}",
        };
        for (String json : bad) {
            assertThrows(
                    InvalidInputException.class,
                    () -> NeedMapping.read(stream(json), NeedTaxonomy.defaults()),
                    json);
        }
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
