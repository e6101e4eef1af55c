package ee.lim.plugin.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.coordination.Case;
import ee.lim.spi.coordination.CaseState;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A process killed in the middle of a batch leaves nothing of it: a child JVM writes a batch slowly
 * in one transaction and is killed after some changes; the reopened store contains none of them.
 */
@ExtendWith(PostgresServer.class)
class CrashMidBatchTest {
    /** Holds this test's H2 files; JUnit deletes it after each test. */
    @TempDir Path scratch;

    private static final int CASES = 6;

    private static Process start(Databases.Target target, String prefix, long pause)
            throws IOException {
        Set<String> path = new LinkedHashSet<>();
        path.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(File.pathSeparator, -1)) {
                if (!entry.isBlank()) {
                    path.add(entry);
                }
            }
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(String.join(File.pathSeparator, path));
        command.add(SlowBatchMain.class.getName());
        command.addAll(
                List.of(
                        target.url(),
                        target.user(),
                        target.password(),
                        prefix,
                        Integer.toString(CASES),
                        Long.toString(pause),
                        prefix + "-existing"));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private Databases.Target withExistingCase(Databases database, String prefix) {
        Databases.Target target = database.fresh(scratch);
        try (JdbcCaseStore store = target.caseStore()) {
            store.create(SlowBatchMain.draft(prefix + "-existing"));
        }
        return target;
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void kill_midBatch_leavesNoneOfIt(Databases database) throws Exception {
        String prefix = "crash";
        Databases.Target target = withExistingCase(database, prefix);
        Process child = start(target, prefix, 400);
        List<String> output = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.equals("WROTE 3")) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child ended");
        assertTrue(output.contains("WROTE 3"), "child wrote part of the batch: " + output);

        try (JdbcCaseStore store = target.caseStore()) {
            for (int i = 0; i < CASES; i++) {
                assertEquals(
                        Optional.empty(),
                        store.find(Case.class, prefix + "-" + i),
                        "case " + i + " of the killed batch");
            }
            Case existing = store.find(Case.class, prefix + "-existing").orElseThrow();
            assertEquals(1, existing.version());
            assertEquals(CaseState.OPEN, existing.state());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void noKill_batchCommitsWhole(Databases database) throws Exception {
        String prefix = "whole";
        Databases.Target target = withExistingCase(database, prefix);
        Process child = start(target, prefix, 0);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child ended");
        assertEquals(0, child.exitValue(), output);

        try (JdbcCaseStore store = target.caseStore()) {
            for (int i = 0; i < CASES; i++) {
                assertTrue(store.find(Case.class, prefix + "-" + i).isPresent(), "case " + i);
            }
            assertEquals(2, store.find(Case.class, prefix + "-existing").orElseThrow().version());
        }
    }
}
