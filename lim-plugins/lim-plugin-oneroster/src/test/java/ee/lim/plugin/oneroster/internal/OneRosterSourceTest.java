package ee.lim.plugin.oneroster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.CohortSource;
import ee.lim.spi.ImportProblem;
import ee.lim.spi.ImportReport;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SourceInput;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.testkit.CohortSourceContract;
import ee.lim.testkit.CollectingSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OneRosterSourceTest extends CohortSourceContract {

    @Override
    protected CohortSource createPlugin() {
        return new OneRosterSource();
    }

    @Override
    protected SourceInput validInput(Path tempDir) throws Exception {
        Path folder = tempDir.resolve("export");
        RosterFixture.write(folder, 21, 12);
        return input(folder);
    }

    static SourceInput input(Path folder) {
        return new SourceInput(folder, Map.of("pseudonymKey", RosterFixture.SECRET));
    }

    /** Computes a key with the JDK's HMAC directly, independently of StudentKeys. */
    static StudentKey expectedKey(String sourcedId) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(
                new SecretKeySpec(
                        RosterFixture.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] hash = mac.doFinal(sourcedId.getBytes(StandardCharsets.UTF_8));
        return new StudentKey("or-" + HexFormat.of().formatHex(hash).substring(0, 32));
    }

    @Test
    void read_generatedExportMatchesFixture(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("lim.test.seed", new Random().nextLong());
        System.out.println(
                "OneRosterSourceTest.read_generatedExportMatchesFixture seed="
                        + seed
                        + " (-Dlim.test.seed to replay)");
        RosterFixture fixture = RosterFixture.write(dir.resolve("export"), seed, 60);
        CollectingSink sink = new CollectingSink();

        ImportReport report = new OneRosterSource().read(input(dir.resolve("export")), sink);

        assertEquals(0, report.rejectedCount(), "seed " + seed + " " + report.problems());
        assertEquals(fixture.students.size(), sink.students().size(), "seed " + seed);
        assertEquals(2L, report.accepted().get("schools"));
        for (int i = 0; i < fixture.students.size(); i++) {
            String id = fixture.students.get(i);
            Student student = sink.students().get(i);
            assertEquals(expectedKey(id), student.key(), "seed " + seed);
            assertEquals(fixture.schoolOf.get(id), student.schoolId(), "seed " + seed);
            assertEquals(
                    Map.of("sex", fixture.sex.get(id)),
                    student.protectedAttributes(),
                    "seed " + seed);
            assertEquals(
                    YearMonth.from(LocalDate.parse(fixture.birthDate.get(id))),
                    student.birthMonth(),
                    "seed " + seed);
            assertTrue(student.attributes().isEmpty());
        }
        List<Grade> grades =
                sink.observations().stream()
                        .filter(Grade.class::isInstance)
                        .map(Grade.class::cast)
                        .toList();
        assertEquals(fixture.gradedScores.size(), grades.size(), "seed " + seed);
        assertEquals(
                fixture.gradedScores.values().stream().mapToDouble(Double::doubleValue).sum(),
                grades.stream().mapToDouble(Grade::value).sum(),
                1e-9,
                "seed " + seed);
        List<ImportProblem> warnings = report.problems();
        if (fixture.notGraded > 0) {
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).reason().startsWith(fixture.notGraded + " results"));
        }
    }

    @Test
    void read_namesAndSourcedIdsNeverReachCohort(@TempDir Path dir) throws Exception {
        RosterFixture fixture = RosterFixture.write(dir.resolve("export"), 5, 30);
        CollectingSink sink = new CollectingSink();

        new OneRosterSource().read(input(dir.resolve("export")), sink);

        String everything = sink.students() + " " + sink.observations();
        for (String name : fixture.names) {
            assertFalse(everything.contains(name), "a given name reached the cohort");
        }
        for (String id : fixture.students) {
            assertFalse(everything.contains(id), "a raw sourcedId reached the cohort");
        }
        assertFalse(everything.contains("@example.org"), "an email reached the cohort");
    }

    @Test
    void read_gradeScaleFromLineItemAndPassMark(@TempDir Path dir) throws Exception {
        RosterFixture.write(dir.resolve("export"), 8, 20);
        CollectingSink sink = new CollectingSink();

        new OneRosterSource()
                .read(
                        new SourceInput(
                                dir.resolve("export"),
                                Map.of("pseudonymKey", RosterFixture.SECRET, "passMark", "0.6")),
                        sink);

        Set<String> scales =
                sink.observations().stream()
                        .map(o -> ((Grade) o).scale())
                        .map(s -> s.id() + " " + s.min() + " " + s.max() + " " + s.passMark())
                        .collect(Collectors.toSet());
        assertEquals(Set.of("oneroster-0-100 0.0 100.0 60.0", "oneroster-1-5 1.0 5.0 3.4"), scales);
        Grade any = (Grade) sink.observations().get(0);
        assertEquals("gp-1", any.periodId());
        assertTrue(Set.of("math", "MATH-7").contains(any.subject()), any.subject());
    }

    @Test
    void read_defaultPassMarkIsMidpoint(@TempDir Path dir) throws Exception {
        RosterFixture.write(dir.resolve("export"), 9, 10);
        CollectingSink sink = new CollectingSink();

        new OneRosterSource().read(input(dir.resolve("export")), sink);

        for (var observation : sink.observations()) {
            Grade grade = (Grade) observation;
            assertEquals((grade.scale().min() + grade.scale().max()) / 2, grade.scale().passMark());
        }
    }

    @Test
    void read_keysDependOnSecret(@TempDir Path dir) throws Exception {
        RosterFixture.write(dir.resolve("export"), 10, 5);
        CollectingSink first = new CollectingSink();
        CollectingSink second = new CollectingSink();

        new OneRosterSource().read(input(dir.resolve("export")), first);
        new OneRosterSource()
                .read(
                        new SourceInput(
                                dir.resolve("export"),
                                Map.of("pseudonymKey", "another-secret-abcdef")),
                        second);

        assertFalse(first.students().get(0).key().equals(second.students().get(0).key()));
    }

    @Test
    void read_missingOrShortSecretThrows(@TempDir Path dir) throws Exception {
        RosterFixture.write(dir.resolve("export"), 10, 5);

        assertThrows(
                InvalidInputException.class,
                () ->
                        new OneRosterSource()
                                .read(SourceInput.of(dir.resolve("export")), new CollectingSink()));
        InvalidInputException error =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                new OneRosterSource()
                                        .read(
                                                new SourceInput(
                                                        dir.resolve("export"),
                                                        Map.of("pseudonymKey", "short-secret")),
                                                new CollectingSink()));
        assertFalse(error.getMessage().contains("short-secret"), "message quotes the secret");
    }

    @Test
    void read_badPassMarkThrows(@TempDir Path dir) throws Exception {
        RosterFixture.write(dir.resolve("export"), 10, 5);
        SourceInput input =
                new SourceInput(
                        dir.resolve("export"),
                        Map.of("pseudonymKey", RosterFixture.SECRET, "passMark", "60"));

        assertThrows(
                InvalidInputException.class,
                () -> new OneRosterSource().read(input, new CollectingSink()));
    }

    @Test
    void read_manifestFileAsLocation(@TempDir Path dir) throws Exception {
        RosterFixture.write(dir.resolve("export"), 10, 5);
        CollectingSink sink = new CollectingSink();

        new OneRosterSource().read(input(dir.resolve("export").resolve("manifest.csv")), sink);

        assertEquals(5, sink.students().size());
    }

    @Test
    void read_gradeLevelFromUsersGrades(@TempDir Path dir) throws Exception {
        RosterFixture.write(dir.resolve("export"), 10, 5);
        CollectingSink sink = new CollectingSink();

        new OneRosterSource().read(input(dir.resolve("export")), sink);

        for (Student student : sink.students()) {
            assertTrue(student.grade() >= 1, "grade " + student.grade());
            assertTrue(student.grade() <= 9, "grade " + student.grade());
            assertNull(student.language());
        }
    }
}
