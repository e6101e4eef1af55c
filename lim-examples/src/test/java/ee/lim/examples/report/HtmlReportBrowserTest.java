package ee.lim.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads report.html in a real headless Chromium, offline. */
class HtmlReportBrowserTest {
    private static final List<String> SECTIONS =
            List.of(
                    "summary",
                    "distribution",
                    "attention",
                    "referrals",
                    "unserved",
                    "coverage",
                    "model",
                    "provenance");

    @TempDir Path temp;

    private static Chromium chromium() {
        Chromium chromium = Chromium.require();
        return chromium;
    }

    @Test
    void page_loadsWithoutConsoleErrorsAndShowsSections() throws Exception {
        Chromium chromium = chromium();
        Path page = temp.resolve("report.html");
        Files.writeString(page, HtmlReport.render(SampleReports.withModel("et")));

        Chromium.Result result = chromium.dumpDom(page, temp);

        assertEquals(List.of(), result.consoleMessages());
        for (String id : SECTIONS) {
            assertTrue(result.output().contains("<section id=\"" + id + "\">"), id);
        }
        assertTrue(result.output().contains("Koolist väljalangemise riski varajane märkamine"));
        assertTrue(result.output().contains("<svg"), "charts rendered inline");
    }

    @Test
    void page_screenshotIsDrawn() throws Exception {
        Chromium chromium = chromium();
        Path page = temp.resolve("report.html");
        Files.writeString(page, HtmlReport.render(SampleReports.withModel("en")));
        Path png = temp.resolve("report.png");

        Chromium.Result result = chromium.screenshot(page, temp, png);

        assertEquals(List.of(), result.consoleMessages());
        assertTrue(Files.size(png) > 20_000, "screenshot of a drawn page");
        String keep = System.getProperty("lim.screenshot.dir");
        if (keep != null) {
            Files.copy(
                    png,
                    Path.of(keep).resolve("report-sample.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void consoleCheck_seesAScriptError() throws IOException, InterruptedException {
        Chromium chromium = chromium();
        Path page = temp.resolve("broken.html");
        Files.writeString(
                page,
                "<!DOCTYPE html><html><body><script>undefinedFunction();</script></body></html>",
                StandardCharsets.UTF_8);

        Chromium.Result result = chromium.dumpDom(page, temp);

        assertFalse(result.consoleMessages().isEmpty(), "the check must see a script error");
    }
}
