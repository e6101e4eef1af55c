package ee.lim.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ee.lim.examples.report.Chromium;
import ee.lim.examples.report.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Runs the packaged command line as a separate process, {@code java --module-path <jar>:<lib> -m
 * ee.lim.examples/...}, on the bundled and the shared UCI data, and checks what it wrote.
 */
class LimProcessTest {
    private static final String STUDENT_POR_SHA256 =
            "a7594a11d7771c0efe1a740824e0e833da9c4cad07c39a9766a874575563fb3f";

    @TempDir Path temp;

    /** What one process printed and returned. */
    private record Outcome(int code, String out, String err) {}

    private Outcome lim(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("lim.examples.jar");
        String lib = System.getProperty("lim.examples.lib");
        assumeTrue(
                jar != null && lib != null,
                "runs in the process-tests execution after package, which sets lim.examples.jar");
        assertTrue(Files.isRegularFile(Path.of(jar)), "packaged jar " + jar);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--module-path");
        command.add(jar + java.io.File.pathSeparator + lib);
        command.add("-m");
        command.add("ee.lim.examples/ee.lim.examples.cli.Lim");
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "stdout", ".txt");
        Path err = Files.createTempFile(temp, "stderr", ".txt");
        Process process =
                new ProcessBuilder(command)
                        .directory(temp.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("lim did not finish within 180 s: " + command);
        }
        return new Outcome(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path sharedStudentPor() {
        Path shared = Path.of(System.getProperty("lim.shared.data", "../shared/data"));
        return shared.resolve("uci-student-performance").resolve("student-por.csv");
    }

    @Test
    void run_defaults_writesCheckedOutputs() throws Exception {
        Path folder = temp.resolve("out");

        Outcome outcome = lim("run", "--lang", "en", "--out", folder.toString());

        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.out().contains("649 students as of 2005-12-17"), outcome.out());
        if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            assertEquals(
                    "rwxr-xr-x",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)),
                    "others can read the report folder");
        }
        JsonNode report =
                ReportJson.mapper().readTree(Files.readString(folder.resolve("report.json")));
        JsonNode summary = report.get("summary");
        checkProvenance(report.get("provenance"));
        assertEquals("demoMapping", report.get("notes").get(0).asString(), "labelled as a demo");
        checkStudents(folder, report, summary);
        checkReferralsAndCoverage(folder, summary);
        checkModel(report.get("model"));
        checkPage(folder, "en");
    }

    private static void checkProvenance(JsonNode provenance) {
        assertEquals("2005-12-17", provenance.get("as_of").asString());
        assertEquals(STUDENT_POR_SHA256, provenance.get("input_sha256").asString());
        assertEquals(20260904L, provenance.get("seed").asLong());
        assertEquals("uci", provenance.get("source").asString());
        Set<String> plugins = new HashSet<>();
        provenance.get("plugins").forEach(p -> plugins.add(p.get("id").asString()));
        assertTrue(
                plugins.containsAll(Set.of("uci", "logistic", "pt-secondary")), plugins::toString);
        assertTrue(
                provenance
                        .get("configuration")
                        .get("validation")
                        .asString()
                        .contains("out-of-fold"));
    }

    private static void checkStudents(Path folder, JsonNode report, JsonNode summary)
            throws IOException {
        List<List<String>> rows = CsvReader.read(folder.resolve("students.csv"));
        assertEquals(
                List.of(
                        "student_key",
                        "school",
                        "municipality",
                        "band",
                        "probability",
                        "top_reasons",
                        "needs"),
                rows.get(0));
        assertEquals(649, rows.size() - 1, "one row per student of student-por.csv");
        assertEquals(649, report.get("students").size());
        int high = 0;
        Set<String> bands = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            bands.add(row.get(3));
            high += row.get(3).equals("HIGH") ? 1 : 0;
            assertTrue(keys.add(row.get(0)), "unique key " + row.get(0));
            assertTrue(row.get(0).startsWith("uci-"), "pseudonymous key");
            double probability = Double.parseDouble(row.get(4));
            assertTrue(probability >= 0, row.get(4));
            assertTrue(probability <= 1, row.get(4));
            if (!row.get(3).equals("NONE")) {
                assertFalse(row.get(5).isBlank(), "a flagged student has reasons: " + row.get(0));
            }
            checkReasonsSayAdviceOnce(row.get(0), row.get(5));
        }
        assertEquals(Set.of("HIGH", "WATCH", "NONE"), bands);
        assertEquals(summary.get("high").asInt(), high);
    }

    /**
     * Checks that no long sentence (advice) repeats in one student's reasons, and that every reason
     * still has a measured value.
     */
    private static void checkReasonsSayAdviceOnce(String student, String topReasons) {
        if (topReasons.isBlank()) {
            return;
        }
        Set<String> sentences = new HashSet<>();
        for (String reason : topReasons.split(" \\| ", -1)) {
            assertTrue(reason.matches(".*\\d.*"), "a reason keeps its value: " + student);
            for (String sentence : reason.split("(?<=\\.) ", -1)) {
                if (sentence.length() > 40) {
                    assertTrue(sentences.add(sentence), student + " repeats: " + sentence);
                }
            }
        }
    }

    private static void checkReferralsAndCoverage(Path folder, JsonNode summary)
            throws IOException {
        List<List<String>> referrals = CsvReader.read(folder.resolve("referrals.csv"));
        assertEquals(summary.get("referrals").asInt(), referrals.size() - 1);
        assertTrue(referrals.size() > 1, "the bundled catalogue serves some needs");
        for (int i = 2; i < referrals.size(); i++) {
            double previous = Double.parseDouble(referrals.get(i - 1).get(6));
            double current = Double.parseDouble(referrals.get(i).get(6));
            assertTrue(previous >= current, "most urgent first, row " + i);
        }
        Set<String> voru =
                Set.of("Antsla vald", "Rõuge vald", "Setomaa vald", "Võru linn", "Võru vald");
        List<List<String>> coverage = CsvReader.read(folder.resolve("coverage.csv"));
        assertEquals(
                List.of("need", "municipality", "with_need", "covered", "gap"), coverage.get(0));
        int withNeed = 0;
        int covered = 0;
        for (List<String> row : coverage.subList(1, coverage.size())) {
            int need = Integer.parseInt(row.get(2));
            int done = Integer.parseInt(row.get(3));
            assertEquals(need - done, Integer.parseInt(row.get(4)), "gap of " + row);
            assertTrue(voru.contains(row.get(1)), "demo municipality " + row.get(1));
            withNeed += need;
            covered += done;
        }
        assertEquals(summary.get("needs").asInt(), withNeed, "every need is counted once");
        assertEquals(summary.get("referrals").asInt(), covered);
        assertEquals(summary.get("needs").asInt() - covered, summary.get("unserved").asInt());
    }

    private static void checkModel(JsonNode model) {
        JsonNode evaluation = model.get("evaluation");
        assertEquals(649, evaluation.get("n").asInt());
        double auc = evaluation.get("auc").asDouble();
        assertTrue(auc > 0.7, "out-of-fold AUC " + auc);
        assertTrue(auc <= 1, "out-of-fold AUC " + auc);
        assertTrue(evaluation.get("pr_auc").isNumber());
        assertTrue(evaluation.get("brier").asDouble() < 0.25);
        assertTrue(evaluation.get("groups").size() > 0, "per-group table");
        assertTrue(model.get("roc").size() > 2);
    }

    private void checkPage(Path folder, String language) throws Exception {
        String html = Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("<html lang=\"" + language + "\">"));
        for (String id :
                List.of(
                        "summary",
                        "distribution",
                        "attention",
                        "referrals",
                        "unserved",
                        "coverage",
                        "model",
                        "provenance")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
        }
        assertTrue(html.contains("<figure id=\"roc\">"));
        assertTrue(html.contains("<figure id=\"calibration\">"));
        Chromium chromium = Chromium.require();
        Chromium.Result dom = chromium.dumpDom(folder.resolve("report.html"), temp);
        assertEquals(List.of(), dom.consoleMessages());
        assertTrue(dom.output().contains("<section id=\"model\">"));
        Path png = temp.resolve("report-" + language + ".png");
        Chromium.Result shot = chromium.screenshot(folder.resolve("report.html"), temp, png);
        assertEquals(List.of(), shot.consoleMessages());
        String keep = System.getProperty("lim.screenshot.dir");
        if (keep != null) {
            Files.copy(
                    png,
                    Path.of(keep).resolve("report-uci-" + language + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void run_estonian_pageInEstonian() throws Exception {
        Path folder = temp.resolve("et");

        Outcome outcome = lim("run", "--model", "none", "--out", folder.toString());

        assertEquals(0, outcome.code(), outcome.err());
        String html = Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("<html lang=\"et\">"));
        assertTrue(html.contains("Tähelepanu vajavad õpilased"));
        assertTrue(
                html.contains("Selle õpilaskonna tulemusi ei ole teada või mudelit ei kasutatud"));
        JsonNode report =
                ReportJson.mapper().readTree(Files.readString(folder.resolve("report.json")));
        assertTrue(report.get("model").isNull(), "no model, no model quality");
    }

    @Test
    void synthesize_voruRunInEstonian() throws Exception {
        Path cohort = temp.resolve("voru-cohort");
        Path folder = temp.resolve("voru-report");

        Outcome written = lim("synthesize", "--out", cohort.toString());
        Outcome run =
                lim(
                        "run",
                        "--source",
                        "exchange",
                        "--input",
                        cohort.toString(),
                        "--as-of",
                        "2026-03-02",
                        "--rule-pack",
                        "ee-ehis-20",
                        "--rule-pack",
                        "ee-weekly",
                        "--lang",
                        "et",
                        "--out",
                        folder.toString());

        assertEquals(0, written.code(), written.err());
        assertTrue(Files.isRegularFile(cohort.resolve("attendance.csv")), "attendance.csv");
        assertEquals(0, run.code(), run.err());
        String html = Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("<html lang=\"et\">"), "Estonian page");
        assertTrue(html.contains("Tähelepanu vajavad õpilased"), "Estonian heading");
        assertTrue(html.contains("Põhjuseta puudutud tunnid õppeveerandis"), "EHIS 20 % rule text");
        JsonNode report =
                ReportJson.mapper().readTree(Files.readString(folder.resolve("report.json")));
        String json = report.toString();
        for (String municipality :
                List.of("Antsla vald", "Rõuge vald", "Setomaa vald", "Võru linn", "Võru vald")) {
            assertTrue(json.contains(municipality), municipality + " in the coverage");
        }
        List<String> referrals = Files.readAllLines(folder.resolve("referrals.csv"));
        assertTrue(referrals.size() > 1, "some referral proposed");
        checkPage(folder, "et");
    }

    @Test
    void evaluate_json_onAFileOfTheLayout() throws Exception {
        Path input = sharedStudentPor();

        Outcome outcome =
                lim(
                        "evaluate",
                        "--source",
                        "uci",
                        "--input",
                        input.toString(),
                        "--json",
                        "--folds",
                        "4",
                        "--seed",
                        "7");

        assertEquals(0, outcome.code(), outcome.err());
        JsonNode json = ReportJson.mapper().readTree(outcome.out());
        assertEquals("logistic", json.get("scorer").asString());
        assertTrue(json.get("auc").asDouble() > 0.7, outcome.out());
        assertTrue(json.get("pr_auc").isNumber());
        assertTrue(json.get("brier").isNumber());
        assertTrue(json.get("groups").size() > 0);
        assertEquals(4, json.get("folds").asInt());
        assertEquals(7, json.get("provenance").get("seed").asLong());
        assertEquals(STUDENT_POR_SHA256, json.get("provenance").get("input_sha256").asString());
        assertTrue(json.get("scorers").size() > 1, "the model and the rule packs");
        assertEquals("", outcome.err(), "no progress output when not on a terminal");
    }

    @Test
    void jshell_startupScriptRunsTheDocumentedLines() throws Exception {
        String jar = System.getProperty("lim.examples.jar");
        assumeTrue(jar != null, "runs in the process-tests execution after package");
        Path root = Path.of(System.getProperty("lim.repo.root"));
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assumeTrue(Files.isExecutable(jshell), "a JDK with jshell");
        String lines =
                """
                var cohort = Research.uci();
                var report = Research.evaluate(cohort, 5, 42);
                System.out.println("AUC=" + report.auc());
                System.out.println(Research.fairnessTable(report));
                /exit
                """;
        Path out = temp.resolve("jshell.out");
        Process process =
                new ProcessBuilder(
                                jshell.toString(),
                                "-q",
                                "--module-path",
                                jar
                                        + java.io.File.pathSeparator
                                        + System.getProperty("lim.examples.lib"),
                                "--add-modules",
                                "ee.lim.examples",
                                "--startup",
                                "DEFAULT",
                                "--startup",
                                root.resolve("lim-examples/src/main/jshell/lim.jsh").toString())
                        .redirectErrorStream(true)
                        .redirectOutput(out.toFile())
                        .start();
        process.getOutputStream().write(lines.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "jshell finished");

        String printed = Files.readString(out);
        assertTrue(printed.contains("AUC=0."), printed);
        assertTrue(printed.contains("sex          F"), printed);
    }

    @Test
    void script_withoutJava_explainsWhatToInstall() throws Exception {
        Path root = Path.of(System.getProperty("lim.repo.root", "."));
        Path script = root.resolve("lim");
        assumeTrue(Files.isRegularFile(script), "the ./lim script at the repository root");
        Path bin = Files.createDirectory(temp.resolve("bin"));
        for (String tool : List.of("dirname", "readlink", "sed", "head", "find", "cat")) {
            Path target = Path.of("/usr/bin", tool);
            if (Files.exists(target)) {
                Files.createSymbolicLink(bin.resolve(tool), target);
            }
        }
        ProcessBuilder builder =
                new ProcessBuilder("/bin/bash", script.toString(), "plugins")
                        .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", bin.toString());
        Process process = builder.start();
        String printed =
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));

        assertEquals(1, process.exitValue(), printed);
        assertTrue(printed.contains("Java was not found"), printed);
        assertTrue(printed.contains("JDK 17"), printed);
    }

    @Test
    void errors_exitTwoWithMessage() throws Exception {
        Outcome unknown = lim("run", "--source", "nope");
        Outcome missing = lim("run", "--source", "uci", "--input", "no/such/file.csv");
        Outcome date = lim("evaluate", "--as-of", "yesterday");

        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unknown --source 'nope'"), unknown.err());
        assertEquals("", unknown.out());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("Input not found: no/such/file.csv"), missing.err());
        assertEquals(2, date.code());
        assertTrue(date.err().contains("'yesterday' is not a valid date"), date.err());
        for (Outcome outcome : List.of(unknown, missing, date)) {
            assertFalse(outcome.err().contains("\tat "), "no stack trace: " + outcome.err());
        }
    }
}
