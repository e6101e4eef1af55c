package ee.lim.plugin.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import ee.lim.spi.ImportReport;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SourceInput;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.GradeScale;
import ee.lim.spi.model.Measurement;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.testkit.CollectingSink;
import ee.lim.testkit.SyntheticCohort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes cohorts with {@link ExchangeWriter} and reads them back with equal records. */
class RoundTripTest {

    @Test
    void syntheticDayLevel_readsBackEqual(@TempDir Path tempDir) {
        long seed = 20251;
        System.out.println("RoundTripTest day-level seed: " + seed);
        Cohort cohort =
                SyntheticCohort.builder().seed(seed).students(40).schools(3).build().generate();

        assertRoundTrip(cohort, tempDir);
    }

    @Test
    void syntheticLessonLevel_readsBackEqual(@TempDir Path tempDir) {
        long seed = 20252;
        System.out.println("RoundTripTest lesson-level seed: " + seed);
        Cohort cohort =
                SyntheticCohort.builder()
                        .seed(seed)
                        .students(10)
                        .lessonsPerDay(6)
                        .gradeScale(new GradeScale("ects-0-100", 0, 100, 51))
                        .build()
                        .generate();

        assertRoundTrip(cohort, tempDir);
    }

    @Test
    void fractionalValues_readBackEqual(@TempDir Path tempDir) {
        StudentKey key = new StudentKey("R1");
        GradeScale scale = new GradeScale("fine", -1.5, 1e-3, 0);
        LocalDate day = LocalDate.of(2025, 9, 1);
        List<Observation> observations =
                List.of(
                        new Grade(key, day, "math", "p", 1.0 / 3 - 1, scale, 7.25),
                        new Grade(key, day, "math", null, -0.0, scale, 0),
                        new Measurement(key, day, "ratio.a-b_c", 1e-9, "BACKGROUND"),
                        new Measurement(key, day, "big", -1.2345678901234568E17, "ENROLMENT"),
                        new Outcome(key, day, Outcome.Type.PASSED));
        Cohort cohort =
                new Cohort(
                        List.of(new School("S", "A \"quoted\" name", null)),
                        List.of(Student.of(key, "S")),
                        observations);

        assertRoundTrip(cohort, tempDir);
    }

    @Test
    void attributeValues_surviveQuoting(@TempDir Path tempDir) {
        List<String> pieces =
                List.of("a", ",", ";", "\"", "\n", "\r\n", " ", "\t", "õ", "ž", "日", "x y", "#");
        AtomicInteger round = new AtomicInteger();
        qt().withExamples(60)
                .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(1, 12))
                .checkAssert(
                        indices -> {
                            String value =
                                    indices.stream().map(pieces::get).collect(Collectors.joining());
                            Path folder = tempDir.resolve("quoting-" + round.incrementAndGet());
                            Student student =
                                    new Student(
                                            new StudentKey("Q1"),
                                            YearMonth.of(2010, 2),
                                            "S;1",
                                            0,
                                            "M,1",
                                            "et",
                                            Map.of("note", value, "other", "plain"),
                                            Map.of("sex", value));
                            Cohort cohort =
                                    new Cohort(
                                            List.of(new School("S;1", "School " + value, "M,1")),
                                            List.of(student),
                                            List.of());

                            assertRoundTrip(cohort, folder);
                        });
    }

    @Test
    void writer_rejectsObservationBeforeStudent(@TempDir Path tempDir) {
        StudentKey key = new StudentKey("W1");

        try (ExchangeWriter writer = ExchangeWriter.open(tempDir)) {
            assertThrows(
                    InvalidInputException.class,
                    () ->
                            writer.observation(
                                    new Outcome(
                                            key, LocalDate.of(2025, 1, 1), Outcome.Type.PASSED)));
        }
    }

    @Test
    void writer_leavesNoTemporaryFiles(@TempDir Path tempDir) throws IOException {
        ExchangeWriter.write(new Cohort(List.of(), List.of(), List.of()), tempDir);

        try (Stream<Path> files = Files.list(tempDir)) {
            List<String> names =
                    files.map(p -> p.getFileName().toString())
                            .sorted()
                            .collect(Collectors.toList());
            assertEquals(
                    List.of(
                            "attendance.csv",
                            "enrolment.csv",
                            "grades.csv",
                            "incidents.csv",
                            "measurements.csv",
                            "outcomes.csv",
                            "schools.csv",
                            "students.csv",
                            "support.csv"),
                    names);
        }
    }

    @Test
    void writer_abortReplacesNothing(@TempDir Path tempDir) throws IOException {
        Files.writeString(tempDir.resolve("students.csv"), "student_key\nOLD\n");
        StudentKey key = new StudentKey("A1");

        ExchangeWriter writer = ExchangeWriter.open(tempDir);
        writer.student(Student.of(key, null));
        writer.abort();
        writer.close();

        try (Stream<Path> files = Files.list(tempDir)) {
            assertEquals(
                    List.of(tempDir.resolve("students.csv")), files.collect(Collectors.toList()));
        }
        assertEquals("student_key\nOLD\n", Files.readString(tempDir.resolve("students.csv")));
    }

    @Test
    void write_failureLeavesNoFiles(@TempDir Path tempDir) throws IOException {
        StudentKey key = new StudentKey("F1");
        Cohort bad =
                new Cohort(
                        List.of(),
                        List.of(
                                new Student(
                                        key,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        Map.of(" ", "x"),
                                        Map.of())),
                        List.of());

        assertThrows(InvalidInputException.class, () -> ExchangeWriter.write(bad, tempDir));

        try (Stream<Path> files = Files.list(tempDir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void attributeNames_keepTheirCase(@TempDir Path tempDir) {
        Student student =
                new Student(
                        new StudentKey("C1"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of("Level", "1", "level", "2"),
                        Map.of("Sex", "F"));

        assertRoundTrip(new Cohort(List.of(), List.of(student), List.of()), tempDir);
    }

    private static void assertRoundTrip(Cohort cohort, Path folder) {
        ExchangeWriter.write(cohort, folder);
        CollectingSink sink = new CollectingSink();

        ImportReport report = new ExchangeCohortSource().read(SourceInput.of(folder), sink);

        assertEquals(List.of(), report.problems());
        Cohort read = sink.toCohort();
        assertEquals(cohort.schools(), read.schools());
        assertEquals(cohort.students(), read.students());
        assertEquals(byKind(cohort.observations()), byKind(read.observations()));
        assertFalse(report.inputSha256().isEmpty());
    }

    /** Groups observations by record type, keeping the order within each type. */
    private static Map<Class<?>, List<Observation>> byKind(List<Observation> observations) {
        return observations.stream()
                .collect(
                        Collectors.groupingBy(
                                Object::getClass, Collectors.toCollection(ArrayList::new)));
    }
}
