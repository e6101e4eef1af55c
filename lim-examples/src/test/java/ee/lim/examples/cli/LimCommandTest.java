package ee.lim.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's options, exit codes and messages, run in this JVM. */
class LimCommandTest {
    @TempDir Path temp;

    /** What one invocation printed and returned. */
    private record Outcome(int code, String out, String err) {}

    private static Outcome lim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Lim.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static void assertNoStackTrace(Outcome outcome) {
        assertFalse(outcome.err().contains("\tat "), outcome.err());
        assertFalse(outcome.err().contains("Exception"), outcome.err());
    }

    @Test
    void version_printsVersion() {
        Outcome outcome = lim("--version");

        assertEquals(0, outcome.code());
        assertTrue(outcome.out().startsWith("lim "), outcome.out());
    }

    @Test
    void help_listsCommands() {
        Outcome outcome = lim("--help");

        assertEquals(0, outcome.code());
        assertTrue(outcome.out().contains("run"));
        assertTrue(outcome.out().contains("evaluate"));
        assertTrue(outcome.out().contains("plugins"));
        assertTrue(outcome.out().contains("Exit codes"));
    }

    @Test
    void subcommandHelp_describesOptions() {
        for (String command : new String[] {"run", "evaluate", "plugins"}) {
            Outcome outcome = lim(command, "--help");

            assertEquals(0, outcome.code(), command);
            assertTrue(outcome.out().contains("Usage: lim " + command), command);
        }
    }

    @Test
    void noCommand_usageError() {
        Outcome outcome = lim();

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("Missing command"), outcome.err());
    }

    @Test
    void misspeltCommand_suggestsAndListsCommands() {
        Outcome outcome = lim("rnu");

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("Unknown command 'rnu'"), outcome.err());
        assertTrue(outcome.err().contains("Did you mean 'run'?"), outcome.err());
        for (String command : new String[] {"run", "evaluate", "plugins", "synthesize"}) {
            assertTrue(outcome.err().contains(command), command + " listed: " + outcome.err());
        }
        assertFalse(outcome.err().contains("Unmatched argument"), outcome.err());
    }

    @Test
    void unknownOption_usageError() {
        Outcome outcome = lim("run", "--colour", "red");

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("Unknown option"), outcome.err());
    }

    @Test
    void unknownSource_usageErrorListsSources() {
        Outcome outcome = lim("run", "--source", "no-such-source");

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("Unknown --source 'no-such-source'"), outcome.err());
        assertTrue(outcome.err().contains("uci"), "lists the sources that exist");
        assertNoStackTrace(outcome);
    }

    @Test
    void missingInput_usageError() {
        Path missing = temp.resolve("nothing-here.csv");

        Outcome outcome = lim("evaluate", "--input", missing.toString());

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("Input not found: " + missing), outcome.err());
        assertNoStackTrace(outcome);
    }

    @Test
    void badDate_usageError() {
        Outcome outcome = lim("run", "--as-of", "2006-02-30");

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("'2006-02-30' is not a valid date"), outcome.err());
        assertTrue(outcome.err().contains("YYYY-MM-DD"), outcome.err());
    }

    @Test
    void unknownRulePack_usageErrorListsPacks() {
        Outcome outcome = lim("evaluate", "--rule-pack", "no-such-pack");

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("Unknown --rule-pack 'no-such-pack'"), outcome.err());
        assertTrue(outcome.err().contains("example-failing-grades"), outcome.err());
    }

    @Test
    void unknownModel_usageError() {
        Outcome outcome = lim("evaluate", "--model", "forest");

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("Unknown --model 'forest'"), outcome.err());
    }

    @Test
    void foldsOutOfRange_usageError() {
        Outcome outcome = lim("evaluate", "--folds", "1");

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("Invalid --folds 1"), outcome.err());
    }

    @Test
    void foreignOutputFolder_usageErrorAndUntouched() throws IOException {
        Path out = Files.createDirectory(temp.resolve("documents"));
        Files.writeString(out.resolve("letter.txt"), "mine");

        Outcome outcome = lim("run", "--catalogue-source", "none", "--out", out.toString());

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("LIM did not write"), outcome.err());
        assertTrue(outcome.err().contains("'letter.txt'"), outcome.err());
        assertEquals("mine", Files.readString(out.resolve("letter.txt")));
    }

    @Test
    void foreignReportJson_usageErrorAndUntouched() throws IOException {
        Path out = Files.createDirectory(temp.resolve("project"));
        Files.writeString(out.resolve("report.json"), "{\"mine\": true}");
        Files.writeString(out.resolve("budget.xlsx"), "mine");

        Outcome outcome = lim("run", "--catalogue-source", "none", "--out", out.toString());

        assertEquals(2, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains("'budget.xlsx'"), outcome.err());
        assertTrue(outcome.err().contains("--out"), outcome.err());
        assertEquals("mine", Files.readString(out.resolve("budget.xlsx")));
        assertEquals("{\"mine\": true}", Files.readString(out.resolve("report.json")));
    }

    @Test
    void unreadableInput_failureWithoutStackTrace() throws IOException {
        Path empty = Files.writeString(temp.resolve("empty.csv"), "");

        Outcome outcome = lim("evaluate", "--source", "uci", "--input", empty.toString());

        assertEquals(1, outcome.code());
        assertTrue(outcome.err().startsWith("lim: error: "), outcome.err());
        assertTrue(outcome.err().contains("--verbose"), outcome.err());
        assertNoStackTrace(outcome);
    }

    @Test
    void verbose_addsStackTrace() throws IOException {
        Path empty = Files.writeString(temp.resolve("empty.csv"), "");

        Outcome outcome =
                lim("evaluate", "--source", "uci", "--input", empty.toString(), "--verbose");

        assertEquals(1, outcome.code());
        assertTrue(outcome.err().contains("\tat "), outcome.err());
    }

    @Test
    void timeSplit_sameDates_failsWithHint() {
        Outcome outcome = lim("evaluate", "--split", "time", "--model", "logistic");

        assertEquals(1, outcome.code());
        assertTrue(outcome.err().contains("Use --split kfold"), outcome.err());
    }

    @Test
    void asOfAfterOutcomes_warnsAndUsesRules() throws IOException {
        Path out = temp.resolve("out");

        Outcome outcome =
                lim(
                        "run",
                        "--as-of",
                        "2006-07-01",
                        "--catalogue-source",
                        "none",
                        "--out",
                        out.toString());

        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains("lim: warning: too few students"), outcome.err());
        String json = Files.readString(out.resolve("report.json"));
        assertTrue(json.contains("\"model\" : null"), "no model quality without a model");
        assertTrue(json.contains("\"model_used\" : \"false\""), "recorded in the configuration");
    }

    @Test
    void plugins_listsTheExamplePack() {
        Outcome outcome = lim("plugins");

        assertEquals(0, outcome.code());
        assertTrue(outcome.out().contains("example-failing-grades"), outcome.out());
        assertTrue(outcome.out().contains("No plugin failed to load."), outcome.out());
    }

    @Test
    void plugins_listsEveryAcceptedRulePack() {
        Outcome rejected = lim("evaluate", "--rule-pack", "no-such-pack");
        String available =
                rejected.err()
                        .substring(rejected.err().indexOf("available: ") + "available: ".length());
        Set<String> accepted = Set.of(available.strip().split("\\s*\\n", -1)[0].split(", ", -1));

        Outcome outcome = lim("plugins");

        Set<String> listed = new TreeSet<>();
        boolean bundled = false;
        for (String line : outcome.out().split("\n", -1)) {
            String[] columns = line.strip().split("\\s+", -1);
            if (line.startsWith("BUNDLED")) {
                bundled = true;
            } else if (line.startsWith("IndicatorRulePack")) {
                listed.add(columns[1]);
            } else if (bundled && !line.isBlank() && !line.startsWith("ID") && columns.length > 1) {
                listed.add(columns[0]);
            }
            if (bundled && line.isBlank() && !listed.isEmpty()) {
                bundled = false;
            }
        }
        assertTrue(accepted.size() > 3, "plugin and bundled packs: " + accepted);
        assertEquals(new TreeSet<>(accepted), listed, outcome.out());
    }
}
