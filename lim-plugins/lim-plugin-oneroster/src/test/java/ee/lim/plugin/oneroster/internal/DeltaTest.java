package ee.lim.plugin.oneroster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.ImportProblem;
import ee.lim.spi.ImportReport;
import ee.lim.spi.SourceInput;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.testkit.CollectingSink;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk exports followed by delta exports, and a delta export read on its own. */
class DeltaTest {
    private static final String WHEN = "2025-11-01T12:00:00.000Z";

    private static void writeDelta(Path delta, RosterFixture fixture) throws Exception {
        Files.createDirectories(delta);
        RosterFixture.manifest(delta, "delta");
        String deleted = fixture.students.get(0);
        String changed = fixture.students.get(1);
        String deletedSchool = fixture.schoolOf.get(deleted);
        RosterFixture.table(
                delta,
                "users",
                RosterFixture.USERS,
                List.of(
                        RosterFixture.row(
                                RosterFixture.USERS,
                                "sourcedId",
                                deleted,
                                "status",
                                "tobedeleted",
                                "dateLastModified",
                                WHEN),
                        RosterFixture.row(
                                RosterFixture.USERS,
                                "sourcedId",
                                "u-new",
                                "status",
                                "active",
                                "dateLastModified",
                                WHEN,
                                "enabledUser",
                                "true",
                                "username",
                                "new",
                                "givenName",
                                "Newcomer",
                                "familyName",
                                "N",
                                "grades",
                                "05"),
                        RosterFixture.row(
                                RosterFixture.USERS,
                                "sourcedId",
                                "u-nostatus",
                                "dateLastModified",
                                WHEN),
                        RosterFixture.row(
                                RosterFixture.USERS, "sourcedId", "u-nodate", "status", "active")));
        RosterFixture.table(
                delta,
                "roles",
                RosterFixture.ROLES,
                List.of(
                        RosterFixture.row(
                                RosterFixture.ROLES,
                                "sourcedId",
                                "r-" + deleted,
                                "status",
                                "tobedeleted",
                                "dateLastModified",
                                WHEN),
                        RosterFixture.row(
                                RosterFixture.ROLES,
                                "sourcedId",
                                "r-u-new",
                                "status",
                                "active",
                                "dateLastModified",
                                WHEN,
                                "userSourcedId",
                                "u-new",
                                "roleType",
                                "primary",
                                "role",
                                "student",
                                "orgSourcedId",
                                "org-s1")));
        RosterFixture.table(
                delta,
                "demographics",
                RosterFixture.DEMOGRAPHICS,
                List.of(
                        RosterFixture.row(
                                RosterFixture.DEMOGRAPHICS,
                                "sourcedId",
                                deleted,
                                "status",
                                "tobedeleted",
                                "dateLastModified",
                                WHEN),
                        RosterFixture.row(
                                RosterFixture.DEMOGRAPHICS,
                                "sourcedId",
                                changed,
                                "status",
                                "active",
                                "dateLastModified",
                                WHEN,
                                "sex",
                                "unspecified")));
        RosterFixture.table(
                delta,
                "results",
                RosterFixture.RESULTS,
                List.of(
                        RosterFixture.row(
                                RosterFixture.RESULTS,
                                "sourcedId",
                                "res-li-1-" + deletedSchool + "-" + deleted,
                                "status",
                                "tobedeleted",
                                "dateLastModified",
                                WHEN),
                        RosterFixture.row(
                                RosterFixture.RESULTS,
                                "sourcedId",
                                "res-li-2-" + deletedSchool + "-" + deleted,
                                "status",
                                "tobedeleted",
                                "dateLastModified",
                                WHEN),
                        RosterFixture.row(
                                RosterFixture.RESULTS,
                                "sourcedId",
                                "res-new",
                                "status",
                                "active",
                                "dateLastModified",
                                WHEN,
                                "lineItemSourcedId",
                                "li-1-org-s1",
                                "studentSourcedId",
                                "u-new",
                                "scoreStatus",
                                "fully graded",
                                "score",
                                "77",
                                "scoreDate",
                                "2025-11-01")));
        for (String absent :
                List.of(
                        "academicSessions",
                        "classes",
                        "courses",
                        "enrollments",
                        "lineItems",
                        "orgs")) {
            Files.deleteIfExists(delta.resolve(absent + ".csv"));
        }
        String manifest = Files.readString(delta.resolve("manifest.csv"));
        for (String absent :
                List.of(
                        "academicSessions",
                        "classes",
                        "courses",
                        "enrollments",
                        "lineItems",
                        "orgs")) {
            manifest = manifest.replace("file." + absent + ",delta", "file." + absent + ",absent");
        }
        Files.writeString(delta.resolve("manifest.csv"), manifest);
    }

    @Test
    void delta_upsertsAndDeletes(@TempDir Path dir) throws Exception {
        RosterFixture fixture = RosterFixture.write(dir.resolve("bulk"), 31, 10);
        writeDelta(dir.resolve("delta-1"), fixture);
        CollectingSink sink = new CollectingSink();

        ImportReport report =
                new OneRosterSource()
                        .read(
                                new SourceInput(
                                        dir.resolve("bulk"),
                                        Map.of(
                                                "pseudonymKey",
                                                RosterFixture.SECRET,
                                                "delta",
                                                dir.resolve("delta-1").toString())),
                                sink);

        List<StudentKey> keys = sink.students().stream().map(Student::key).toList();
        StudentKey deleted = OneRosterSourceTest.expectedKey(fixture.students.get(0));
        StudentKey added = OneRosterSourceTest.expectedKey("u-new");
        assertEquals(10, keys.size());
        assertFalse(keys.contains(deleted), "deleted student still present");
        assertEquals(added, keys.get(keys.size() - 1), "new student comes last");
        Student changed = sink.students().get(0);
        assertEquals(OneRosterSourceTest.expectedKey(fixture.students.get(1)), changed.key());
        assertEquals(Map.of("sex", "unspecified"), changed.protectedAttributes());
        assertEquals(null, changed.birthMonth(), "a delta row replaces the whole record");
        long deletedGraded =
                fixture.gradedScores.keySet().stream()
                        .filter(id -> id.endsWith("-" + fixture.students.get(0)))
                        .count();
        List<Grade> grades =
                sink.observations().stream()
                        .filter(Grade.class::isInstance)
                        .map(Grade.class::cast)
                        .toList();
        assertEquals(fixture.gradedScores.size() - deletedGraded + 1, grades.size());
        List<Grade> addedGrades = grades.stream().filter(g -> g.student().equals(added)).toList();
        assertEquals(1, addedGrades.size());
        assertEquals(77.0, addedGrades.get(0).value());
        assertEquals(
                // The delta leaves the deleted user's enrolment in place, so it points nowhere.
                List.of(
                        "delta-1/users.csv:4:status",
                        "delta-1/users.csv:5:dateLastModified",
                        "enrollments.csv:2:userSourcedId"),
                report.problems().stream()
                        .filter(p -> p.severity() == ImportProblem.Severity.REJECTED)
                        .map(p -> p.file() + ":" + p.line() + ":" + p.column())
                        .toList());
    }

    @Test
    void delta_twoFoldersApplyInOrder(@TempDir Path dir) throws Exception {
        RosterFixture fixture = RosterFixture.write(dir.resolve("bulk"), 32, 6);
        writeDelta(dir.resolve("delta-1"), fixture);
        Path second = dir.resolve("delta-2");
        Files.createDirectories(second);
        RosterFixture.manifest(second, "absent");
        Files.writeString(
                second.resolve("manifest.csv"),
                Files.readString(second.resolve("manifest.csv"))
                        .replace("file.users,absent", "file.users,delta"));
        RosterFixture.table(
                second,
                "users",
                RosterFixture.USERS,
                List.of(
                        RosterFixture.row(
                                RosterFixture.USERS,
                                "sourcedId",
                                "u-new",
                                "status",
                                "tobedeleted",
                                "dateLastModified",
                                WHEN)));
        CollectingSink sink = new CollectingSink();

        ImportReport report =
                new OneRosterSource()
                        .read(
                                new SourceInput(
                                        dir.resolve("bulk"),
                                        Map.of(
                                                "pseudonymKey",
                                                RosterFixture.SECRET,
                                                "delta",
                                                dir.resolve("delta-1")
                                                        + File.pathSeparator
                                                        + second)),
                                sink);

        assertEquals(5, sink.students().size(), "the second delta removes the new student");
        assertTrue(
                report.problems().stream()
                        .anyMatch(
                                p ->
                                        p.file().equals("delta-1/roles.csv")
                                                || p.file().equals("delta-1/results.csv")),
                "the orphaned role and result of the removed user are reported: "
                        + report.problems());
    }

    @Test
    void deltaAlone_deletesNothingAndWarns(@TempDir Path dir) throws Exception {
        RosterFixture fixture = RosterFixture.write(dir.resolve("bulk"), 33, 4);
        writeDelta(dir.resolve("delta-1"), fixture);
        CollectingSink sink = new CollectingSink();

        ImportReport report =
                new OneRosterSource().read(OneRosterSourceTest.input(dir.resolve("delta-1")), sink);

        assertEquals(1, sink.students().size());
        long nothingToDelete =
                report.problems().stream()
                        .filter(p -> p.reason().startsWith("No earlier record"))
                        .count();
        // One user, one role, one demographics row and two results are marked tobedeleted.
        assertEquals(5, nothingToDelete, report.problems().toString());
    }
}
