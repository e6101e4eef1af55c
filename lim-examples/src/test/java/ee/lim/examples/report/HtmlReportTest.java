package ee.lim.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static final String[] SECTIONS = {
        "summary",
        "distribution",
        "attention",
        "referrals",
        "unserved",
        "coverage",
        "model",
        "provenance"
    };

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            properties.load(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void render_hasEverySection() {
        String html = HtmlReport.render(SampleReports.withModel("en"));

        for (String id : SECTIONS) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), "section " + id);
        }
        assertTrue(html.contains("<figure id=\"roc\">"), "ROC plot");
        assertTrue(html.contains("<figure id=\"calibration\">"), "calibration plot");
    }

    @Test
    void render_isSelfContained() {
        String html = HtmlReport.render(SampleReports.withModel("et"));

        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<link"), "no external style sheet");
        assertFalse(html.contains("@import"), "no imported CSS");
        assertFalse(html.contains("url("), "no CSS url");
        Matcher urls = Pattern.compile("https?://[^\"' <]+").matcher(html);
        while (urls.find()) {
            assertEquals("http://www.w3.org/2000/svg", urls.group(), "only the SVG namespace");
        }
    }

    @Test
    void render_escapesReasonText() {
        String html = HtmlReport.render(SampleReports.withModel("en"));

        assertTrue(html.contains("2 failed classes &lt;b&gt;before&lt;/b&gt;"));
        assertFalse(html.contains("<b>before</b>"));
    }

    @Test
    void render_estonianUsesEstonianTexts() {
        String html = HtmlReport.render(SampleReports.withModel("et"));

        assertTrue(html.contains("<html lang=\"et\">"));
        assertTrue(html.contains("Tähelepanu vajavad õpilased"));
        assertTrue(html.contains("Suunamisettepanekud"));
        assertTrue(html.contains("Kõrge riskitase"));
        assertFalse(html.contains("Students needing attention"));
    }

    @Test
    void render_englishUsesEnglishTexts() {
        String html = HtmlReport.render(SampleReports.withModel("en"));

        assertTrue(html.contains("Students needing attention"));
        assertFalse(html.contains("Tähelepanu vajavad õpilased"));
    }

    @Test
    void render_fairnessTable_explainsFlagged() {
        String english = HtmlReport.render(SampleReports.withModel("en"));
        String estonian = HtmlReport.render(SampleReports.withModel("et"));

        assertTrue(english.contains("<p class=\"note\" id=\"flagged-meaning\">"), "English note");
        assertTrue(english.contains("“flagged” means being among the 10%"), "English flag rate");
        assertTrue(estonian.contains("<p class=\"note\" id=\"flagged-meaning\">"), "Estonian note");
        assertTrue(estonian.contains("tähendab „märgitud“"), "Estonian meaning");
        assertTrue(
                Pattern.compile("nende 10\\s?% õpilaste hulka").matcher(estonian).find(),
                "Estonian flag rate");
    }

    @Test
    void render_withoutModel_saysWhy() {
        String html = HtmlReport.render(SampleReports.withoutModel("en"));

        assertTrue(html.contains("No outcomes are known for this cohort"));
        assertFalse(html.contains("<figure id=\"roc\">"));
    }

    @Test
    void render_leavesNoPlaceholder() {
        for (String language : new String[] {"et", "en"}) {
            String html = HtmlReport.render(SampleReports.withModel(language));

            assertFalse(Pattern.compile("\\{\\d\\}").matcher(html).find(), language);
        }
    }

    @Test
    void bundles_haveTheSameKeys() throws IOException {
        Properties english = bundle("messages.properties");
        Properties estonian = bundle("messages_et.properties");

        assertEquals(english.keySet(), estonian.keySet());
        for (String key : english.stringPropertyNames()) {
            assertFalse(estonian.getProperty(key).isBlank(), key);
        }
    }
}
