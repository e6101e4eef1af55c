package ee.lim.plugin.uci.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.plugin.uci.UciDatasets;
import ee.lim.spi.CohortSource;
import ee.lim.spi.ImportReport;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SourceInput;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.Student;
import ee.lim.testkit.CohortSourceContract;
import ee.lim.testkit.CollectingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudentPerformanceSourceTest extends CohortSourceContract {

    @Override
    protected CohortSource createPlugin() {
        return new StudentPerformanceSource();
    }

    @Override
    protected SourceInput validInput(Path tempDir) throws Exception {
        Random random = new Random(11);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(TestFiles.porRow(random));
        }
        return SourceInput.of(TestFiles.writePor(tempDir.resolve("student-por.csv"), rows));
    }

    private static Map<Outcome.Type, Long> outcomes(CollectingSink sink) {
        return sink.observations().stream()
                .filter(Outcome.class::isInstance)
                .map(o -> ((Outcome) o).type())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
    }

    @Test
    void read_realStudentPor() {
        Path file = TestFiles.sharedData("uci-student-performance/student-por.csv");
        CollectingSink sink = new CollectingSink();

        ImportReport report = new StudentPerformanceSource().read(SourceInput.of(file), sink);

        assertEquals(0, report.problems().size(), "problems: " + report.problems());
        assertEquals(649, sink.students().size());
        assertEquals(649L, report.accepted().get("students"));
        assertEquals(3 * 649L, report.accepted().get("grades"));
        assertEquals(Map.of(Outcome.Type.PASSED, 549L, Outcome.Type.FAILED, 100L), outcomes(sink));
        assertEquals(
                "a7594a11d7771c0efe1a740824e0e833da9c4cad07c39a9766a874575563fb3f",
                report.inputSha256());
        assertEquals(2L, report.accepted().get("schools"));
    }

    @Test
    void read_bundledCopyEqualsRealFile() throws Exception {
        Path real = TestFiles.sharedData("uci-student-performance/student-por.csv");
        CollectingSink fromBundle = new CollectingSink();
        CollectingSink fromReal = new CollectingSink();

        ImportReport bundled =
                new StudentPerformanceSource()
                        .read(UciDatasets.bundledStudentPorInput(), fromBundle);
        new StudentPerformanceSource().read(SourceInput.of(real), fromReal);

        assertEquals(Files.mismatch(UciDatasets.bundledStudentPor(), real), -1L);
        assertEquals(fromReal.students(), fromBundle.students());
        assertEquals(fromReal.observations(), fromBundle.observations());
        assertEquals(649L, bundled.accepted().get("students"));
    }

    @Test
    void read_firstRealRowMapsEveryColumn() {
        Path file = TestFiles.sharedData("uci-student-performance/student-por.csv");
        CollectingSink sink = new CollectingSink();

        new StudentPerformanceSource().read(SourceInput.of(file), sink);

        // Line 2 of the file: "GP";"F";18;"U";"GT3";"A";4;4;"at_home";"teacher";"course";
        // "mother";2;2;0;"yes";"no";"no";"no";"yes";"yes";"no";"no";4;3;4;1;1;3;4;"0";"11";11
        Student first = sink.students().get(0);
        assertEquals("uci-GP-1", first.key().value());
        assertEquals("GP", first.schoolId());
        assertNull(first.birthMonth());
        assertEquals("pt", first.language());
        assertEquals(
                Map.of(
                        "sex",
                        "F",
                        "age",
                        "18",
                        "address",
                        "U",
                        "famsize",
                        "GT3",
                        "Pstatus",
                        "A",
                        "Medu",
                        "4",
                        "Fedu",
                        "4",
                        "Mjob",
                        "at_home",
                        "Fjob",
                        "teacher",
                        "guardian",
                        "mother"),
                first.protectedAttributes());
        Map<String, String> attributes = new HashMap<>();
        attributes.putAll(
                Map.of(
                        "reason",
                        "course",
                        "traveltime",
                        "2",
                        "studytime",
                        "2",
                        "failures",
                        "0",
                        "schoolsup",
                        "yes",
                        "famsup",
                        "no",
                        "paid",
                        "no",
                        "activities",
                        "no",
                        "nursery",
                        "yes",
                        "higher",
                        "yes"));
        attributes.putAll(
                Map.of(
                        "internet",
                        "no",
                        "romantic",
                        "no",
                        "famrel",
                        "4",
                        "freetime",
                        "3",
                        "goout",
                        "4",
                        "Dalc",
                        "1",
                        "Walc",
                        "1",
                        "health",
                        "3",
                        "absences",
                        "4"));
        assertEquals(attributes, first.attributes());
        List<Observation> own =
                sink.observations().stream().filter(o -> o.student().equals(first.key())).toList();
        assertEquals(
                List.of(
                        new Grade(
                                first.key(),
                                LocalDate.of(2005, 12, 16),
                                "por",
                                "P1",
                                0,
                                StudentPerformanceLayout.SCALE,
                                0),
                        new Grade(
                                first.key(),
                                LocalDate.of(2006, 3, 31),
                                "por",
                                "P2",
                                11,
                                StudentPerformanceLayout.SCALE,
                                0),
                        new Grade(
                                first.key(),
                                LocalDate.of(2006, 6, 23),
                                "por",
                                "final",
                                11,
                                StudentPerformanceLayout.SCALE,
                                0),
                        new Outcome(first.key(), LocalDate.of(2006, 6, 30), Outcome.Type.PASSED)),
                own);
    }

    @Test
    void read_generatedRowsMatchIndependentMapping(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("lim.test.seed", new Random().nextLong());
        System.out.println(
                "read_generatedRowsMatchIndependentMapping seed="
                        + seed
                        + " (-Dlim.test.seed to replay)");
        Random random = new Random(seed);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(TestFiles.porRow(random));
        }
        Path file = TestFiles.writePor(dir.resolve("student-mat.csv"), rows);
        CollectingSink sink = new CollectingSink();

        ImportReport report =
                new StudentPerformanceSource()
                        .read(new SourceInput(file, Map.of("course", "mat")), sink);

        assertEquals(0, report.problems().size(), "seed " + seed);
        assertEquals(rows.size(), sink.students().size(), "seed " + seed);
        long failed = rows.stream().filter(r -> Integer.parseInt(r.get("G3")) < 10).count();
        assertEquals(failed, outcomes(sink).getOrDefault(Outcome.Type.FAILED, 0L), "seed " + seed);
        for (int i = 0; i < rows.size(); i++) {
            Student student = sink.students().get(i);
            Map<String, String> row = rows.get(i);
            assertEquals("uci-mat-" + row.get("school") + "-" + (i + 1), student.key().value());
            assertEquals(row.get("sex"), student.protectedAttributes().get("sex"));
            assertEquals(row.get("studytime"), student.attributes().get("studytime"));
            assertTrue(
                    student.attributes().keySet().stream()
                            .noneMatch(student.protectedAttributes()::containsKey),
                    "attributes and protected attributes overlap");
        }
        assertTrue(
                sink.observations().stream()
                        .filter(Grade.class::isInstance)
                        .allMatch(g -> ((Grade) g).subject().equals("mat")),
                "subject is the course option");
    }

    @Test
    void read_badCourseOptionThrows(@TempDir Path dir) throws Exception {
        SourceInput input = new SourceInput(validInput(dir).location(), Map.of("course", "Maths!"));

        assertThrows(
                InvalidInputException.class,
                () -> new StudentPerformanceSource().read(input, new CollectingSink()));
    }
}
