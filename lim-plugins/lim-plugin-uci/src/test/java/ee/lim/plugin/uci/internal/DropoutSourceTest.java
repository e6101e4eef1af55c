package ee.lim.plugin.uci.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.CohortSource;
import ee.lim.spi.ImportReport;
import ee.lim.spi.SourceInput;
import ee.lim.spi.model.EnrolmentEvent;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Measurement;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.Student;
import ee.lim.testkit.CohortSourceContract;
import ee.lim.testkit.CollectingSink;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropoutSourceTest extends CohortSourceContract {

    @Override
    protected CohortSource createPlugin() {
        return new DropoutSource();
    }

    @Override
    protected SourceInput validInput(Path tempDir) throws Exception {
        Random random = new Random(7);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(TestFiles.dropoutRow(random));
        }
        return SourceInput.of(TestFiles.writeDropout(tempDir.resolve("data.csv"), rows));
    }

    private static Map<Outcome.Type, Long> outcomes(CollectingSink sink) {
        return sink.observations().stream()
                .filter(Outcome.class::isInstance)
                .map(o -> ((Outcome) o).type())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
    }

    @Test
    void read_realDataCsv() {
        Path file = TestFiles.sharedData("uci-predict-students-dropout/data.csv");
        CollectingSink sink = new CollectingSink();

        ImportReport report = new DropoutSource().read(SourceInput.of(file), sink);

        assertEquals(0, report.problems().size(), "problems: " + report.problems());
        assertEquals(4424, sink.students().size());
        assertEquals(
                Map.of(
                        Outcome.Type.DROPPED_OUT,
                        1421L,
                        Outcome.Type.GRADUATED,
                        2209L,
                        Outcome.Type.STILL_ENROLLED,
                        794L),
                outcomes(sink));
        assertEquals(12L * 4424, report.accepted().get("measurements"));
        assertEquals(
                "3ef126de5cefff26eb11fbb4237f1a1401cb64b488e2f1d598c23cedeb4c45ae",
                report.inputSha256());
    }

    @Test
    void read_firstRealRowMapsEveryColumn() {
        Path file = TestFiles.sharedData("uci-predict-students-dropout/data.csv");
        CollectingSink sink = new CollectingSink();

        new DropoutSource().read(SourceInput.of(file), sink);

        // Line 3 of the file: 1;15;1;9254;1;1;160.0;1;1;3;3;3;142.5;1;0;0;0;1;0;19;0;
        // 0;6;6;6;14.0;0;0;6;6;6;13.666666666666666;0;13.9;-0.3;0.79;Graduate
        Student second = sink.students().get(1);
        assertEquals("uci-dropout-2", second.key().value());
        assertEquals("9254", second.attributes().get("Course"));
        assertEquals("1", second.attributes().get("Daytime/evening attendance"));
        assertEquals("160.0", second.attributes().get("Previous qualification (grade)"));
        assertEquals("0.79", second.attributes().get("GDP"));
        assertEquals(15, second.attributes().size());
        assertEquals("19", second.protectedAttributes().get("Age at enrollment"));
        assertEquals("1", second.protectedAttributes().get("Gender"));
        assertEquals(9, second.protectedAttributes().size());
        List<Observation> own =
                sink.observations().stream().filter(o -> o.student().equals(second.key())).toList();
        LocalDate s1 = LocalDate.of(2019, 2, 1);
        LocalDate s2 = LocalDate.of(2019, 7, 1);
        assertTrue(
                own.contains(
                        new EnrolmentEvent(
                                second.key(),
                                LocalDate.of(2018, 9, 17),
                                EnrolmentEvent.Type.ENTRY,
                                "ipportalegre",
                                null)));
        assertTrue(
                own.contains(new Measurement(second.key(), s1, "s1.units_enrolled", 6, "GRADES")));
        assertTrue(
                own.contains(new Measurement(second.key(), s1, "s1.units_credited", 0, "GRADES")));
        assertTrue(
                own.contains(
                        new Measurement(
                                second.key(), s2, "s2.units_grade", 13.666666666666666, "GRADES")));
        assertTrue(
                own.contains(
                        new Grade(
                                second.key(),
                                s1,
                                "curricular-units",
                                "S1",
                                14.0,
                                DropoutLayout.SCALE,
                                6)));
        assertTrue(
                own.contains(
                        new Grade(
                                second.key(),
                                s2,
                                "curricular-units",
                                "S2",
                                13.666666666666666,
                                DropoutLayout.SCALE,
                                6)));
        assertTrue(
                own.contains(
                        new Outcome(
                                second.key(), LocalDate.of(2022, 9, 1), Outcome.Type.GRADUATED)));
        assertEquals(1 + 12 + 2 + 1, own.size());
    }

    @Test
    void read_semesterResultsDatedAfterEnrolment() {
        Path file = TestFiles.sharedData("uci-predict-students-dropout/data.csv");
        CollectingSink sink = new CollectingSink();

        new DropoutSource().read(SourceInput.of(file), sink);

        LocalDate enrolment = LocalDate.of(2018, 9, 17);
        for (Observation observation : sink.observations()) {
            if (observation instanceof Measurement || observation instanceof Grade) {
                assertTrue(observation.date().isAfter(enrolment), observation.toString());
            }
        }
    }

    @Test
    void read_generatedRowsMatchIndependentMapping(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("lim.test.seed", new Random().nextLong());
        System.out.println(
                "DropoutSourceTest.read_generatedRowsMatchIndependentMapping seed="
                        + seed
                        + " (-Dlim.test.seed to replay)");
        Random random = new Random(seed);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(TestFiles.dropoutRow(random));
        }
        Path file = TestFiles.writeDropout(dir.resolve("data.csv"), rows);
        CollectingSink sink = new CollectingSink();

        ImportReport report = new DropoutSource().read(SourceInput.of(file), sink);

        assertEquals(0, report.problems().size(), "seed " + seed);
        long dropouts = rows.stream().filter(r -> r.get(36).equals("Dropout")).count();
        assertEquals(dropouts, outcomes(sink).getOrDefault(Outcome.Type.DROPPED_OUT, 0L));
        // Columns 23 and 29 (0-based) are the evaluations of semester 1 and 2.
        long evaluatedSemesters =
                rows.stream()
                        .mapToLong(
                                r ->
                                        (Integer.parseInt(r.get(23)) > 0 ? 1 : 0)
                                                + (Integer.parseInt(r.get(29)) > 0 ? 1 : 0))
                        .sum();
        assertEquals(
                evaluatedSemesters, report.accepted().getOrDefault("grades", 0L), "seed " + seed);
    }
}
