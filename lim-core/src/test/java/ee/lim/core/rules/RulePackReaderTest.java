package ee.lim.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.risk.FactorCategory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackReaderTest {
    private static final String VALID =
            "{\"id\": \"my-pack\", \"version\": \"2\", \"source\": \"School rules 2025\",\n"
                    + " \"effectiveFrom\": \"2025-09-01\", \"effectiveUntil\": \"2026-08-31\",\n"
                    + " \"rules\": [\n"
                    + "  {\"id\": \"absence\", \"feature\": \"absent_hours_4w\","
                    + " \"category\": \"ATTENDANCE\", \"comparison\": \"atLeast\","
                    + " \"watch\": 8, \"high\": 16,"
                    + " \"applicability\": {\"gradeMin\": 1, \"gradeMax\": 9, \"maxAge\": 17}}\n"
                    + " ]}";

    private static InvalidInputException parseFails(String json) {
        return assertThrows(InvalidInputException.class, () -> JsonRulePack.parse(json));
    }

    private static String withRule(String ruleFields) {
        return "{\"id\": \"my-pack\", \"version\": \"2\", \"source\": \"s\","
                + " \"effectiveFrom\": \"2025-09-01\", \"rules\": [{\"id\": \"absence\", "
                + ruleFields
                + "}]}";
    }

    @Test
    void parse_validPack() {
        JsonRulePack pack = JsonRulePack.parse(VALID);

        assertEquals("my-pack", pack.id());
        assertEquals("2", pack.version());
        assertEquals("my-pack@2", pack.provenance());
        assertEquals("School rules 2025", pack.source());
        assertEquals(LocalDate.of(2025, 9, 1), pack.effectiveFrom());
        assertEquals(LocalDate.of(2026, 8, 31), pack.effectiveUntil());
        IndicatorRule rule = pack.rules().get(0);
        assertEquals("absent_hours_4w", rule.feature());
        assertEquals(FactorCategory.ATTENDANCE, rule.category());
        assertEquals(Comparison.AT_LEAST, rule.comparison());
        assertEquals(8.0, rule.watch());
        assertEquals(16.0, rule.high());
        assertEquals(new Applicability(1, 9, 17), rule.applicability());
        assertTrue(pack.isInForceOn(LocalDate.of(2026, 8, 31)));
        assertEquals(false, pack.isInForceOn(LocalDate.of(2026, 9, 1)));
        assertEquals(false, pack.isInForceOn(LocalDate.of(2025, 8, 31)));
    }

    @Test
    void read_fromFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-pack.json");
        Files.writeString(file, VALID, StandardCharsets.UTF_8);

        assertEquals("my-pack", JsonRulePack.read(file).id());
    }

    @Test
    void read_missingFileNamed(@TempDir Path dir) {
        Path file = dir.resolve("absent.json");

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> JsonRulePack.read(file));

        assertTrue(e.getMessage().contains("absent.json"), e.getMessage());
    }

    @Test
    void parse_malformedJsonGivesLine() {
        InvalidInputException e = parseFails("{\"id\": \"x\",\n \"version\": }");

        assertTrue(e.getMessage().startsWith("rule pack is not valid JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void parse_badComparisonMessage() {
        InvalidInputException e =
                parseFails(
                        withRule(
                                "\"feature\": \"absent_hours_4w\", \"category\": \"ATTENDANCE\","
                                        + " \"comparison\": \">=\", \"high\": 16"));

        assertEquals("rules[0].comparison", e.field());
        assertEquals(
                "rule pack 'my-pack', rule 'absence', field 'comparison': value '>=' is not a"
                        + " comparison; use one of atLeast, above, atMost, below",
                e.getMessage());
    }

    @Test
    void parse_unknownFeatureNamed() {
        InvalidInputException e =
                parseFails(
                        withRule(
                                "\"feature\": \"absences\", \"category\": \"ATTENDANCE\","
                                        + " \"comparison\": \"atLeast\", \"high\": 16"));

        assertEquals("rules[0].feature", e.field());
        assertTrue(e.getMessage().contains("rule 'absence'"), e.getMessage());
        assertTrue(e.getMessage().contains("'absences' is not a feature"), e.getMessage());
    }

    @Test
    void parse_unknownCategoryNamed() {
        InvalidInputException e =
                parseFails(
                        withRule(
                                "\"feature\": \"absent_hours_4w\", \"category\": \"attendance\","
                                        + " \"comparison\": \"atLeast\", \"high\": 16"));

        assertEquals("rules[0].category", e.field());
        assertTrue(e.getMessage().contains("'attendance' is not a category"), e.getMessage());
        assertTrue(e.getMessage().contains("ATTENDANCE"), e.getMessage());
    }

    @Test
    void parse_thresholdsInWrongOrder() {
        InvalidInputException e =
                parseFails(
                        withRule(
                                "\"feature\": \"attendance_rate_4w\", \"category\": \"ATTENDANCE\","
                                        + " \"comparison\": \"below\", \"watch\": 0.8,"
                                        + " \"high\": 0.9"));

        assertEquals("rules[0].watch", e.field());
        assertTrue(e.getMessage().contains("value 0.8 is past the high threshold 0.9"));
    }

    @Test
    void parse_noThreshold() {
        InvalidInputException e =
                parseFails(
                        withRule(
                                "\"feature\": \"absent_hours_4w\", \"category\": \"ATTENDANCE\","
                                        + " \"comparison\": \"atLeast\""));

        assertTrue(e.getMessage().contains("both missing"), e.getMessage());
    }

    @Test
    void parse_thresholdNotNumber() {
        InvalidInputException e =
                parseFails(
                        withRule(
                                "\"feature\": \"absent_hours_4w\", \"category\": \"ATTENDANCE\","
                                        + " \"comparison\": \"atLeast\", \"high\": \"16\""));

        assertEquals("rules[0].high", e.field());
        assertTrue(e.getMessage().contains("value \"16\" is not a finite number"));
    }

    @Test
    void parse_misspelledFieldRejected() {
        InvalidInputException e =
                parseFails(
                        withRule(
                                "\"feature\": \"absent_hours_4w\", \"category\": \"ATTENDANCE\","
                                        + " \"comparison\": \"atLeast\", \"hihg\": 16"));

        assertEquals("rules[0].hihg", e.field());
        assertTrue(e.getMessage().contains("'hihg': not a known field"), e.getMessage());
    }

    @Test
    void parse_badApplicability() {
        InvalidInputException e =
                parseFails(
                        withRule(
                                "\"feature\": \"absent_hours_4w\", \"category\": \"ATTENDANCE\","
                                        + " \"comparison\": \"atLeast\", \"high\": 16,"
                                        + " \"applicability\": {\"gradeMin\": 9, \"gradeMax\": 1}"));

        assertEquals("rules[0].applicability.gradeMin", e.field());
        assertTrue(e.getMessage().contains("value 9 is above gradeMax 1"), e.getMessage());
    }

    @Test
    void parse_gradeOutOfRange() {
        InvalidInputException e =
                parseFails(
                        withRule(
                                "\"feature\": \"absent_hours_4w\", \"category\": \"ATTENDANCE\","
                                        + " \"comparison\": \"atLeast\", \"high\": 16,"
                                        + " \"applicability\": {\"gradeMax\": 14.5}"));

        assertTrue(
                e.getMessage().contains("field 'applicability.gradeMax': value 14.5"),
                e.getMessage());
    }

    @Test
    void parse_duplicateRuleIds() {
        String rule =
                "{\"id\": \"a\", \"feature\": \"absent_hours_4w\", \"category\": \"ATTENDANCE\","
                        + " \"comparison\": \"atLeast\", \"high\": 16}";
        InvalidInputException e =
                parseFails(
                        "{\"id\": \"p\", \"version\": \"1\", \"source\": \"s\","
                                + " \"effectiveFrom\": \"2025-01-01\", \"rules\": ["
                                + rule
                                + ", "
                                + rule
                                + "]}");

        assertEquals("rules[1].id", e.field());
        assertTrue(e.getMessage().contains("used by an earlier rule"), e.getMessage());
    }

    @Test
    void parse_missingSourceAndBadDates() {
        InvalidInputException noSource =
                parseFails(
                        "{\"id\": \"p\", \"version\": \"1\", \"effectiveFrom\": \"2025-01-01\","
                                + " \"rules\": []}");
        InvalidInputException badDate =
                parseFails(
                        "{\"id\": \"p\", \"version\": \"1\", \"source\": \"s\","
                                + " \"effectiveFrom\": \"1.9.2025\", \"rules\": []}");
        InvalidInputException untilBeforeFrom =
                parseFails(
                        "{\"id\": \"p\", \"version\": \"1\", \"source\": \"s\","
                                + " \"effectiveFrom\": \"2025-01-01\","
                                + " \"effectiveUntil\": \"2024-01-01\", \"rules\": []}");
        InvalidInputException noRules =
                parseFails(
                        "{\"id\": \"p\", \"version\": \"1\", \"source\": \"s\","
                                + " \"effectiveFrom\": \"2025-01-01\", \"rules\": []}");

        assertEquals("rule pack 'p', field 'source': missing; add it", noSource.getMessage());
        assertTrue(badDate.getMessage().contains("\"1.9.2025\" is not an ISO date"));
        assertEquals("effectiveUntil", untilBeforeFrom.field());
        assertEquals("rules", noRules.field());
    }

    @Test
    void parse_badPackId() {
        InvalidInputException e =
                parseFails(
                        "{\"id\": \"My Pack\", \"version\": \"1\", \"source\": \"s\","
                                + " \"effectiveFrom\": \"2025-01-01\", \"rules\": []}");

        assertEquals("id", e.field());
        assertTrue(e.getMessage().contains("'My Pack' is not a valid id"), e.getMessage());
    }

    @Test
    void parse_notAnObject() {
        assertEquals("json", parseFails("[1, 2]").field());
        assertEquals("json", parseFails("").field());
    }

    @Test
    void parse_measurementFeatureAccepted() {
        JsonRulePack pack =
                JsonRulePack.parse(
                        withRule(
                                "\"feature\": \"m.units_approved\", \"category\": \"GRADES\","
                                        + " \"comparison\": \"below\", \"high\": 1"));

        assertNull(pack.rules().get(0).watch());
    }
}
