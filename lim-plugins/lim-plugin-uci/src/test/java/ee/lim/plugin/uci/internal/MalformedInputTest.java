package ee.lim.plugin.uci.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.ImportProblem;
import ee.lim.spi.ImportReport;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SourceInput;
import ee.lim.testkit.CollectingSink;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files under src/test/resources/malformed, each with known defects. */
class MalformedInputTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "malformed");

    private static List<String> rejections(ImportReport report) {
        return report.problems().stream()
                .filter(p -> p.severity() == ImportProblem.Severity.REJECTED)
                .map(p -> p.line() + ":" + p.column())
                .toList();
    }

    @Test
    void studentPorDefects_exactCounts() {
        CollectingSink sink = new CollectingSink();

        ImportReport report =
                new StudentPerformanceSource()
                        .read(SourceInput.of(CORPUS.resolve("student-por-defects.csv")), sink);

        assertEquals(4, sink.students().size());
        assertEquals(4L, report.accepted().get("students"));
        assertEquals(
                List.of("3:", "4:", "5:age", "6:school", "8:G3", "9:Mjob", "10:Fjob", "14:"),
                rejections(report));
        assertEquals(report.problems().size(), report.rejectedCount(), "no warnings expected");
        // Keys number the data rows (blank lines are not rows), so a rejected row leaves a gap.
        assertEquals(
                List.of("uci-GP-1", "uci-GP-6", "uci-GP-10", "uci-GP-11"),
                sink.students().stream().map(s -> s.key().value()).toList());
        assertTrue(sink.violations().isEmpty(), sink.violations().toString());
    }

    @Test
    void dropoutDefects_exactCounts() {
        CollectingSink sink = new CollectingSink();

        ImportReport report =
                new DropoutSource().read(SourceInput.of(CORPUS.resolve("data-defects.csv")), sink);

        assertEquals(2, sink.students().size());
        assertEquals(
                List.of(
                        "3:Target",
                        "4:Displaced",
                        "5:Curricular units 1st sem (grade)",
                        "6:",
                        "8:"),
                rejections(report));
    }

    @Test
    void unclosedQuote_reportedWithLine() {
        CollectingSink sink = new CollectingSink();

        ImportReport report =
                new StudentPerformanceSource()
                        .read(SourceInput.of(CORPUS.resolve("unclosed-quote.csv")), sink);

        // Line 3 starts "GP; with no closing quote before the delimiter: the quote closes at
        // the next quote, the fields shift by one, and only that record is lost.
        assertEquals(3, sink.students().size());
        assertEquals(List.of("3:"), rejections(report));
    }

    @Test
    void extraColumn_warnedAndIgnored() {
        CollectingSink sink = new CollectingSink();

        ImportReport report =
                new StudentPerformanceSource()
                        .read(SourceInput.of(CORPUS.resolve("extra-column.csv")), sink);

        assertEquals(10, sink.students().size());
        assertEquals(
                List.of(
                        ImportProblem.warning(
                                "extra-column.csv", 1, "note", "Unknown column; it was ignored")),
                report.problems());
    }

    @Test
    void headerOnly_noStudentsNoProblems() {
        CollectingSink sink = new CollectingSink();

        ImportReport report =
                new StudentPerformanceSource()
                        .read(SourceInput.of(CORPUS.resolve("header-only.csv")), sink);

        assertEquals(0, sink.students().size());
        assertEquals(List.of(), report.problems());
    }

    @Test
    void unreadableFiles_throwInvalidInput() {
        for (String name :
                List.of("empty.csv", "wrong-delimiter.csv", "missing-column.csv", "binary.bin")) {
            SourceInput input = SourceInput.of(CORPUS.resolve(name));

            InvalidInputException error =
                    assertThrows(
                            InvalidInputException.class,
                            () -> new StudentPerformanceSource().read(input, new CollectingSink()),
                            name);

            assertEquals(name, error.field(), name);
        }
    }

    @Test
    void directory_throwsInvalidInput(@TempDir Path dir) {
        assertThrows(
                InvalidInputException.class,
                () -> new DropoutSource().read(SourceInput.of(dir), new CollectingSink()));
    }

    @Test
    void wrongDelimiter_messageNamesDelimiter() {
        InvalidInputException error =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                new StudentPerformanceSource()
                                        .read(
                                                SourceInput.of(
                                                        CORPUS.resolve("wrong-delimiter.csv")),
                                                new CollectingSink()));

        assertTrue(error.getMessage().contains("not separated by ';'"), error.getMessage());
    }
}
