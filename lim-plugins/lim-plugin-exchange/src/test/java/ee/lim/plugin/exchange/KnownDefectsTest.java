package ee.lim.plugin.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.ImportProblem;
import ee.lim.spi.ImportReport;
import ee.lim.spi.SourceInput;
import ee.lim.spi.model.StudentKey;
import ee.lim.testkit.CollectingSink;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reads the corpus folder malformed/known-defects, whose every defect is listed here by file, line
 * and column, and checks the exact accepted and rejected counts.
 */
class KnownDefectsTest {
    private final CollectingSink sink = new CollectingSink();
    private final ImportReport report =
            new ExchangeCohortSource()
                    .read(SourceInput.of(Folders.malformed("known-defects")), sink);

    @Test
    void report_countsAcceptedRowsPerFile() {
        assertEquals(
                Map.of(
                        "students", 2L,
                        "attendance", 3L,
                        "grades", 2L,
                        "incidents", 0L,
                        "outcomes", 0L),
                report.accepted());
    }

    @Test
    void report_listsEachRejectedRow() {
        List<String> rejected =
                report.problems().stream()
                        .filter(p -> p.severity() == ImportProblem.Severity.REJECTED)
                        .map(p -> p.file() + ":" + p.line() + ":" + p.column())
                        .collect(Collectors.toList());

        assertEquals(
                List.of(
                        "students.csv:3:birth_month",
                        "students.csv:4:grade",
                        "students.csv:5:student_key",
                        "students.csv:6:student_key",
                        "students.csv:7:",
                        "students.csv:8:language",
                        "students.csv:9:",
                        "attendance.csv:3:date",
                        "attendance.csv:4:date",
                        "attendance.csv:5:student_key",
                        "attendance.csv:6:student_key",
                        "attendance.csv:7:scope",
                        "attendance.csv:8:status",
                        "attendance.csv:9:status",
                        "attendance.csv:11:minutes",
                        "attendance.csv:12:minutes",
                        "attendance.csv:14:",
                        "grades.csv:3:value",
                        "grades.csv:4:value",
                        "grades.csv:5:subject",
                        "grades.csv:6:scale_max",
                        "incidents.csv:1:severity"),
                rejected);
        assertEquals(22, report.rejectedCount());
    }

    @Test
    void report_warnsAboutEmptyAndForeignFiles() {
        List<String> warnings =
                report.problems().stream()
                        .filter(p -> p.severity() == ImportProblem.Severity.WARNING)
                        .map(p -> p.file() + ":" + p.line())
                        .collect(Collectors.toList());

        assertEquals(List.of("notes.csv:0", "outcomes.csv:0"), warnings);
    }

    @Test
    void reasons_nameTheFix() {
        Map<String, String> reasons =
                report.problems().stream()
                        .collect(
                                Collectors.toMap(
                                        p -> p.file() + ":" + p.line(),
                                        ImportProblem::reason,
                                        (a, b) -> a));

        assertTrue(reasons.get("students.csv:5").contains("repeats"));
        assertTrue(reasons.get("students.csv:6").contains("national id"));
        assertTrue(reasons.get("students.csv:7").contains("expected 6 values"));
        assertTrue(reasons.get("attendance.csv:3").contains("has no day 31"));
        assertTrue(reasons.get("attendance.csv:4").contains("yyyy-MM-dd"));
        assertTrue(reasons.get("attendance.csv:5").contains("unknown student"));
        assertTrue(reasons.get("attendance.csv:7").contains("LESSON, DAY"));
        assertTrue(reasons.get("grades.csv:4").contains("decimal separator"));
        assertTrue(reasons.get("incidents.csv:1").contains("required column is missing"));
    }

    @Test
    void reasons_neverQuoteTheNationalId() {
        for (ImportProblem problem : report.problems()) {
            assertTrue(!problem.reason().contains("39001010000"), problem.toString());
        }
    }

    @Test
    void sink_receivesOnlyAcceptedStudents() {
        assertEquals(
                List.of(new StudentKey("K1"), new StudentKey("K7")),
                sink.students().stream().map(s -> s.key()).collect(Collectors.toList()));
        assertEquals(5, sink.observations().size());
        assertEquals(List.of(), sink.violations());
    }
}
