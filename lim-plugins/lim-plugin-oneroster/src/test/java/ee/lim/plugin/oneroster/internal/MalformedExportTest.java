package ee.lim.plugin.oneroster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.ImportProblem;
import ee.lim.spi.ImportReport;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SourceInput;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Student;
import ee.lim.testkit.CollectingSink;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The export folders under src/test/resources/malformed, each with known defects. */
class MalformedExportTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "malformed");

    private static List<String> located(ImportReport report, ImportProblem.Severity severity) {
        return report.problems().stream()
                .filter(p -> p.severity() == severity)
                .map(p -> p.file() + ":" + p.line() + ":" + p.column())
                .toList();
    }

    @Test
    void defects_exactAcceptedAndRejected() throws Exception {
        CollectingSink sink = new CollectingSink();

        ImportReport report =
                new OneRosterSource()
                        .read(OneRosterSourceTest.input(CORPUS.resolve("defects")), sink);

        assertEquals(Map.of("schools", 1L, "students", 4L, "grades", 3L), report.accepted());
        assertEquals(
                List.of(
                        "orgs.csv:3:type",
                        "orgs.csv:4:sourcedId",
                        "users.csv:6:sourcedId",
                        "users.csv:8:",
                        "roles.csv:8:role",
                        "roles.csv:9:roleType",
                        "roles.csv:11:beginDate",
                        "demographics.csv:3:birthDate",
                        "demographics.csv:4:sex",
                        "lineItems.csv:4:resultValueMax",
                        "lineItems.csv:5:resultValueMin",
                        "results.csv:7:score",
                        "results.csv:12:scoreStatus",
                        "results.csv:13:sourcedId",
                        "roles.csv:7:userSourcedId",
                        "roles.csv:10:orgSourcedId",
                        "demographics.csv:5:sourcedId",
                        "results.csv:3:score",
                        "results.csv:4:studentSourcedId",
                        "results.csv:5:lineItemSourcedId",
                        "results.csv:6:scoreDate",
                        "results.csv:11:lineItemSourcedId"),
                located(report, ImportProblem.Severity.REJECTED));
        assertEquals(
                List.of("users.csv:9:status", "results.csv:0:scoreStatus"),
                located(report, ImportProblem.Severity.WARNING));
        assertTrue(sink.violations().isEmpty(), sink.violations().toString());
    }

    @Test
    void truncatedLongAndBinary_rejectedByLine() throws Exception {
        CollectingSink sink = new CollectingSink();

        ImportReport report =
                new OneRosterSource()
                        .read(OneRosterSourceTest.input(CORPUS.resolve("truncated")), sink);

        // The defects folder, plus a 2,000-character username, a given name that is not
        // UTF-8, and a results file cut off in the middle of its last row.
        assertEquals(Map.of("schools", 1L, "students", 4L, "grades", 3L), report.accepted());
        assertEquals(
                List.of(
                        "orgs.csv:3:type",
                        "orgs.csv:4:sourcedId",
                        "users.csv:6:sourcedId",
                        "users.csv:8:",
                        "users.csv:11:username",
                        "users.csv:12:givenName",
                        "roles.csv:8:role",
                        "roles.csv:9:roleType",
                        "roles.csv:11:beginDate",
                        "demographics.csv:3:birthDate",
                        "demographics.csv:4:sex",
                        "lineItems.csv:4:resultValueMax",
                        "lineItems.csv:5:resultValueMin",
                        "results.csv:7:score",
                        "results.csv:12:scoreStatus",
                        "results.csv:13:",
                        "roles.csv:7:userSourcedId",
                        "roles.csv:10:orgSourcedId",
                        "demographics.csv:5:sourcedId",
                        "results.csv:3:score",
                        "results.csv:4:studentSourcedId",
                        "results.csv:5:lineItemSourcedId",
                        "results.csv:6:scoreDate",
                        "results.csv:11:lineItemSourcedId"),
                located(report, ImportProblem.Severity.REJECTED));
        assertTrue(
                report.problems().stream().noneMatch(p -> p.reason().contains("xxxxxxxx")),
                "a reason quotes the long value");
    }

    @Test
    void defects_acceptedRecordsMapped() throws Exception {
        CollectingSink sink = new CollectingSink();

        new OneRosterSource().read(OneRosterSourceTest.input(CORPUS.resolve("defects")), sink);

        List<Student> students = sink.students();
        assertEquals(
                List.of(
                        OneRosterSourceTest.expectedKey("u1"),
                        OneRosterSourceTest.expectedKey("u2"),
                        OneRosterSourceTest.expectedKey("u3"),
                        OneRosterSourceTest.expectedKey("u5")),
                students.stream().map(Student::key).toList());
        Student u1 = students.get(0);
        assertEquals(YearMonth.of(2011, 3), u1.birthMonth());
        assertEquals(Map.of("sex", "female"), u1.protectedAttributes());
        assertEquals(7, u1.grade());
        assertEquals("o1", u1.schoolId());
        assertEquals(0, students.get(2).grade(), "KG is grade 0");
        assertEquals(Map.of(), students.get(1).protectedAttributes(), "rejected demographics");
        List<Grade> grades = sink.observations().stream().map(Grade.class::cast).toList();
        assertEquals(List.of(88.0, 70.0, 3.0), grades.stream().map(Grade::value).toList());
        assertEquals(LocalDate.of(2025, 10, 1), grades.get(1).date(), "dueDate stands in");
        assertEquals(LocalDate.of(2025, 10, 5), grades.get(2).date());
        assertEquals("gp1", grades.get(0).periodId());
        assertEquals("c1", grades.get(0).subject(), "no classes.csv: the class id is the subject");
    }

    @Test
    void unreadableExports_throwInvalidInput() {
        Map<String, String> fieldByFolder =
                Map.of(
                        "version-1.1", "manifest.csv",
                        "binary-users", "users.csv",
                        "semicolon-users", "users.csv",
                        "empty-roles", "roles.csv",
                        "missing-file", "results.csv",
                        "missing-column", "lineItems.csv",
                        "no-manifest", "manifest.csv");
        for (Map.Entry<String, String> entry : fieldByFolder.entrySet()) {
            SourceInput input = OneRosterSourceTest.input(CORPUS.resolve(entry.getKey()));
            CollectingSink sink = new CollectingSink();

            InvalidInputException error =
                    assertThrows(
                            InvalidInputException.class,
                            () -> new OneRosterSource().read(input, sink),
                            entry.getKey());

            assertEquals(entry.getValue(), error.field(), entry.getKey());
            assertTrue(sink.students().isEmpty(), entry.getKey() + ": sink was written to");
        }
    }

    @Test
    void fileAsFolder_throwsInvalidInput() {
        SourceInput input = OneRosterSourceTest.input(CORPUS.resolve("defects/users.csv"));

        assertThrows(
                InvalidInputException.class,
                () -> new OneRosterSource().read(input, new CollectingSink()));
    }
}
