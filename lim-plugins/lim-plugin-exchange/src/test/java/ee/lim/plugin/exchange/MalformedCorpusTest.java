package ee.lim.plugin.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.ImportProblem;
import ee.lim.spi.ImportReport;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SourceInput;
import ee.lim.testkit.CollectingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads each folder of the malformed-input corpus and the generated oversized inputs. */
class MalformedCorpusTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "empty-students",
                "header-only-bom-students",
                "students-missing-key-column",
                "students-duplicate-column",
                "students-unclosed-quote-header"
            })
    void unreadableStudents_throwsAndSendsNothing(String folder) {
        CollectingSink sink = new CollectingSink();

        InvalidInputException error =
                assertThrows(
                        InvalidInputException.class,
                        () -> read(Folders.malformed(folder), Map.of(), sink));

        assertEquals("students.csv", error.field());
        assertEquals(List.of(), sink.students());
    }

    @Test
    void unreadableStudents_sendsNoSchool(@TempDir Path tempDir) throws IOException {
        Files.writeString(tempDir.resolve("schools.csv"), "school_id,name\nA,One\n");
        Files.writeString(tempDir.resolve("students.csv"), "");
        CollectingSink sink = new CollectingSink();

        assertThrows(InvalidInputException.class, () -> read(tempDir, Map.of(), sink));

        assertEquals(List.of(), sink.toCohort().schools());
    }

    @Test
    void tabDelimited_isDetected() {
        ImportReport report =
                read(Folders.malformed("tab-delimited"), Map.of(), new CollectingSink());

        assertEquals(List.of(), report.problems());
        assertEquals(Map.of("students", 2L, "attendance", 1L), report.accepted());
    }

    @Test
    void binaryAttendance_rejectsWithoutLosingStudents() {
        CollectingSink sink = new CollectingSink();

        ImportReport report = read(Folders.malformed("binary-attendance"), Map.of(), sink);

        assertEquals(2L, report.accepted().get("students"));
        assertEquals(0L, report.accepted().get("attendance"));
        assertTrue(report.rejectedCount() >= 1, report.problems().toString());
        assertTrue(
                report.problems().stream().allMatch(p -> p.file().equals("attendance.csv")),
                report.problems().toString());
        assertEquals(List.of(), sink.violations());
    }

    @Test
    void unclosedQuote_stopsFileAtThatRecord() {
        ImportReport report =
                read(Folders.malformed("unclosed-quote"), Map.of(), new CollectingSink());

        assertEquals(1L, report.accepted().get("students"));
        assertEquals(1, report.problems().size());
        ImportProblem problem = report.problems().get(0);
        assertEquals(3, problem.line());
        assertTrue(problem.reason().contains("cannot be parsed"), problem.reason());
    }

    @Test
    void truncatedLastLine_isRejected() {
        ImportReport report =
                read(Folders.malformed("truncated-grades"), Map.of(), new CollectingSink());

        assertEquals(1L, report.accepted().get("grades"));
        assertEquals(
                List.of("grades.csv:3"),
                report.problems().stream()
                        .map(p -> p.file() + ":" + p.line())
                        .collect(Collectors.toList()));
    }

    @Test
    void invalidUtf8_rejectsOnlyThoseRows() {
        ImportReport report =
                read(Folders.malformed("invalid-utf8"), Map.of(), new CollectingSink());

        assertEquals(1L, report.accepted().get("students"));
        assertEquals(
                List.of("3:attr.note", "4:attr.note"),
                report.problems().stream()
                        .map(p -> p.line() + ":" + p.column())
                        .collect(Collectors.toList()));
    }

    @Test
    void longValue_isRejected(@TempDir Path tempDir) throws IOException {
        Files.writeString(
                tempDir.resolve("students.csv"),
                "student_key,attr.note\nK1," + "x".repeat(5000) + "\nK2,short\n");

        ImportReport report = read(tempDir, Map.of(), new CollectingSink());

        assertEquals(1L, report.accepted().get("students"));
        assertEquals("attr.note", report.problems().get(0).column());
        assertTrue(report.problems().get(0).reason().contains("5000 characters"));
    }

    @Test
    void endlessRecord_stopsFile(@TempDir Path tempDir) throws IOException {
        Files.writeString(tempDir.resolve("students.csv"), "student_key\nK1\nK2\n");
        Files.writeString(
                tempDir.resolve("attendance.csv"),
                "student_key,date,scope,status,minutes\nK1,2025-09-01,DAY,PRESENT,360\n\""
                        + "y".repeat(200_000));

        ImportReport report =
                read(tempDir, Map.of("max-record-chars", "50000"), new CollectingSink());

        assertEquals(1L, report.accepted().get("attendance"));
        assertEquals(1, report.problems().size());
        assertEquals(3, report.problems().get(0).line());
        assertTrue(report.problems().get(0).reason().contains("longer than 50000"));
    }

    @Test
    void manyBadRows_areCappedWithSummary(@TempDir Path tempDir) throws IOException {
        Files.writeString(tempDir.resolve("students.csv"), "student_key\nK1\n");
        StringBuilder attendance = new StringBuilder("student_key,date,scope,status,minutes\n");
        for (int i = 0; i < 500; i++) {
            attendance.append("K1,2025-09-01,DAY,PRESENT,360\n");
            attendance.append("K1,2025-09-01,DAY,ABSENT,360\n");
        }
        Files.writeString(tempDir.resolve("attendance.csv"), attendance);

        ImportReport report = read(tempDir, Map.of("max-problems", "20"), new CollectingSink());

        assertEquals(500L, report.accepted().get("attendance"));
        assertEquals(21, report.problems().size());
        ImportProblem summary = report.problems().get(20);
        assertEquals(0, summary.line());
        assertTrue(summary.reason().startsWith("480 more rejected rows"), summary.reason());
    }

    @Test
    void duplicateSchool_isRejected(@TempDir Path tempDir) throws IOException {
        Files.writeString(tempDir.resolve("schools.csv"), "school_id,name\nA,One\nA,Two\n");
        Files.writeString(tempDir.resolve("students.csv"), "student_key,school_id\nK1,A\nK2,B\n");
        CollectingSink sink = new CollectingSink();

        ImportReport report = read(tempDir, Map.of(), sink);

        assertEquals(
                List.of("REJECTED schools.csv:3 [school_id]", "WARNING students.csv:3 [school_id]"),
                report.problems().stream()
                        .map(
                                p ->
                                        p.severity()
                                                + " "
                                                + p.file()
                                                + ":"
                                                + p.line()
                                                + " ["
                                                + p.column()
                                                + "]")
                        .collect(Collectors.toList()));
        assertEquals(2, sink.students().size());
        assertEquals(1, sink.toCohort().schools().size());
    }

    @Test
    void extraColumn_isWarnedOnce(@TempDir Path tempDir) throws IOException {
        Files.writeString(tempDir.resolve("students.csv"), "student_key,shoe_size\nK1,38\nK2,40\n");

        ImportReport report = read(tempDir, Map.of(), new CollectingSink());

        assertEquals(2L, report.accepted().get("students"));
        assertEquals(1, report.problems().size());
        assertEquals("shoe_size", report.problems().get(0).column());
        assertEquals(ImportProblem.Severity.WARNING, report.problems().get(0).severity());
    }

    @Test
    void fixedColumnInTwoCases_rejectsFile(@TempDir Path tempDir) throws IOException {
        Files.writeString(tempDir.resolve("students.csv"), "student_key\nK1\n");
        Files.writeString(
                tempDir.resolve("outcomes.csv"),
                "student_key,date,type,Type\nK1,2026-06-30,PASSED,FAILED\n");

        ImportReport report = read(tempDir, Map.of(), new CollectingSink());

        assertEquals(0L, report.accepted().get("outcomes"));
        assertEquals("Type", report.problems().get(0).column());
        assertEquals(1, report.problems().get(0).line());
    }

    private static ImportReport read(
            Path folder, Map<String, String> options, CollectingSink sink) {
        return new ExchangeCohortSource().read(new SourceInput(folder, options), sink);
    }
}
