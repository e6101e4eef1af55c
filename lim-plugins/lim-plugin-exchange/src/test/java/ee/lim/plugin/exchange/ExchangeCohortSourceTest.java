package ee.lim.plugin.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.CohortSource;
import ee.lim.spi.ImportReport;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SourceInput;
import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.BehaviourIncident;
import ee.lim.spi.model.EnrolmentEvent;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.GradeScale;
import ee.lim.spi.model.Measurement;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.ReviewDecision;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.SupportMeasure;
import ee.lim.spi.model.SupportTier;
import ee.lim.testkit.CohortSourceContract;
import ee.lim.testkit.CollectingSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeCohortSourceTest extends CohortSourceContract {
    private static final StudentKey P1 = new StudentKey("P-0001");
    private static final StudentKey P2 = new StudentKey("P-0002");
    private static final StudentKey P3 = new StudentKey("P-0003");
    private static final StudentKey P4 = new StudentKey("P-0004");

    @Override
    protected CohortSource createPlugin() {
        return new ExchangeCohortSource();
    }

    @Override
    protected SourceInput validInput(Path tempDir) {
        return SourceInput.of(Folders.copy(Folders.example(), tempDir.resolve("example")));
    }

    @Test
    void example_acceptsEveryRowOfEveryFile() {
        CollectingSink sink = new CollectingSink();

        ImportReport report = read(Folders.example(), sink);

        assertEquals(List.of(), report.problems());
        Map<String, Long> expected =
                Map.of(
                        "schools", 2L,
                        "students", 4L,
                        "enrolment", 5L,
                        "attendance", 8L,
                        "grades", 4L,
                        "incidents", 2L,
                        "support", 2L,
                        "outcomes", 2L,
                        "measurements", 3L);
        assertEquals(expected, report.accepted());
        assertEquals(26, sink.observations().size());
    }

    @Test
    void example_mapsStudentColumns() {
        CollectingSink sink = new CollectingSink();

        read(Folders.example(), sink);

        Student first = sink.students().get(0);
        assertEquals(P1, first.key());
        assertEquals(YearMonth.of(2012, 3), first.birthMonth());
        assertEquals("SCH01", first.schoolId());
        assertEquals(7, first.grade());
        assertEquals("0784", first.residenceMunicipality());
        assertEquals("et", first.language());
        assertEquals(Map.of("weekly_study_hours", "4"), first.attributes());
        assertEquals(Map.of("sex", "F", "home_language", "et"), first.protectedAttributes());
        Student second = sink.students().get(1);
        assertEquals(Map.of(), second.attributes(), "an empty attribute is absent");
        Student fourth = sink.students().get(3);
        assertEquals(null, fourth.residenceMunicipality());
        assertEquals(Map.of("sex", "M"), fourth.protectedAttributes());
    }

    @Test
    void example_mapsSchoolsWithQuotedName() {
        CollectingSink sink = new CollectingSink();

        read(Folders.example(), sink);

        assertEquals(
                List.of(
                        new School("SCH01", "Example Basic School", "0784"),
                        new School("SCH02", "Example Gymnasium, Tartu", "0793")),
                sink.toCohort().schools());
    }

    @Test
    void example_mapsEveryObservationKind() {
        CollectingSink sink = new CollectingSink();

        read(Folders.example(), sink);

        List<Observation> observations = sink.observations();
        GradeScale scale = new GradeScale("ee-1-5", 1, 5, 3);
        assertTrue(
                observations.contains(
                        new EnrolmentEvent(
                                P4,
                                LocalDate.of(2026, 1, 12),
                                EnrolmentEvent.Type.TRANSFER,
                                "SCH01",
                                6)));
        assertTrue(
                observations.contains(
                        new AttendanceEvent(
                                P2,
                                LocalDate.of(2025, 9, 1),
                                AttendanceEvent.Scope.LESSON,
                                AttendanceStatus.LATE,
                                10)));
        assertTrue(
                observations.contains(
                        new Grade(P3, LocalDate.of(2025, 10, 31), "english", null, 3.5, scale, 0)));
        assertTrue(
                observations.contains(
                        new Grade(
                                P4,
                                LocalDate.of(2025, 11, 7),
                                "history",
                                "2025/26-Q2",
                                5,
                                scale,
                                0)));
        assertTrue(
                observations.contains(
                        new BehaviourIncident(
                                P3,
                                LocalDate.of(2025, 11, 14),
                                BehaviourIncident.Severity.SERIOUS,
                                "fight, off school grounds",
                                2)));
        assertTrue(
                observations.contains(
                        new SupportMeasure(
                                P2,
                                LocalDate.of(2025, 11, 3),
                                LocalDate.of(2026, 1, 30),
                                SupportTier.GENERAL,
                                "learning-support",
                                ReviewDecision.INTENSIFY)));
        assertTrue(
                observations.contains(
                        new SupportMeasure(
                                P3,
                                LocalDate.of(2025, 12, 1),
                                null,
                                SupportTier.ENHANCED,
                                "individual-curriculum",
                                null)));
        assertTrue(
                observations.contains(
                        new Outcome(P3, LocalDate.of(2026, 6, 30), Outcome.Type.DROPPED_OUT)));
        assertTrue(
                observations.contains(
                        new Measurement(
                                P3,
                                LocalDate.of(2025, 12, 15),
                                "counsellor_contacts",
                                3,
                                "SUPPORT")));
        assertTrue(observations.stream().anyMatch(o -> o.student().equals(P1)));
    }

    @Test
    void hash_isSha256OfFilesInReadOrder() throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String file :
                List.of(
                        "schools.csv",
                        "students.csv",
                        "enrolment.csv",
                        "attendance.csv",
                        "grades.csv",
                        "incidents.csv",
                        "support.csv",
                        "outcomes.csv",
                        "measurements.csv")) {
            digest.update(Files.readAllBytes(Folders.example().resolve(file)));
        }

        ImportReport report = read(Folders.example(), new CollectingSink());

        assertEquals(HexFormat.of().formatHex(digest.digest()), report.inputSha256());
    }

    @Test
    void hash_noneLeavesItEmpty() {
        ImportReport report =
                new ExchangeCohortSource()
                        .read(
                                new SourceInput(Folders.example(), Map.of("hash", "none")),
                                new CollectingSink());

        assertEquals("", report.inputSha256());
    }

    @Test
    void encoding_bomCrlfAndSemicolonReadAlike(@TempDir Path tempDir) throws IOException {
        Path plain = Folders.copy(Folders.example(), tempDir.resolve("plain"));
        Path variant = tempDir.resolve("variant");
        Files.createDirectories(variant);
        List<Path> files;
        try (Stream<Path> listing = Files.list(plain)) {
            files = listing.collect(Collectors.toList());
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String converted = toSemicolons(text).replace("\n", "\r\n");
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] body = converted.getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            Files.write(variant.resolve(file.getFileName()), all);
        }
        CollectingSink expected = new CollectingSink();
        CollectingSink actual = new CollectingSink();

        read(plain, expected);
        ImportReport report = read(variant, actual);

        assertEquals(List.of(), report.problems());
        assertEquals(expected.students(), actual.students());
        assertEquals(expected.observations(), actual.observations());
        assertEquals(expected.toCohort().schools(), actual.toCohort().schools());
    }

    @Test
    void delimiterOption_overridesDetection(@TempDir Path tempDir) throws IOException {
        Path folder = Files.createDirectories(tempDir.resolve("in"));
        Files.writeString(folder.resolve("students.csv"), "student_key;grade\nK1;7\n");
        SourceInput semicolon = new SourceInput(folder, Map.of("delimiter", ";"));
        SourceInput comma = new SourceInput(folder, Map.of("delimiter", ","));

        ImportReport forced = new ExchangeCohortSource().read(semicolon, new CollectingSink());
        InvalidInputException error =
                assertThrows(
                        InvalidInputException.class,
                        () -> new ExchangeCohortSource().read(comma, new CollectingSink()));

        assertEquals(1L, forced.accepted().get("students"));
        assertEquals(List.of(), forced.problems());
        assertTrue(error.getMessage().contains("check the delimiter"), error.getMessage());
    }

    @Test
    void delimiterOption_invalidThrows() {
        SourceInput input = new SourceInput(Folders.example(), Map.of("delimiter", "|"));

        InvalidInputException error =
                assertThrows(
                        InvalidInputException.class,
                        () -> new ExchangeCohortSource().read(input, new CollectingSink()));

        assertEquals("SourceInput.options.delimiter", error.field());
    }

    @Test
    void unknownOption_isWarned() {
        ImportReport report =
                new ExchangeCohortSource()
                        .read(
                                new SourceInput(Folders.example(), Map.of("delimitr", ";")),
                                new CollectingSink());

        assertEquals(0, report.rejectedCount());
        assertTrue(report.problems().get(0).reason().contains("delimitr"));
    }

    @Test
    void fileInsteadOfFolder_throws() {
        SourceInput input = SourceInput.of(Folders.example().resolve("students.csv"));

        InvalidInputException error =
                assertThrows(
                        InvalidInputException.class,
                        () -> new ExchangeCohortSource().read(input, new CollectingSink()));

        assertFalse(error.getMessage().isBlank());
    }

    @Test
    void missingStudentsFile_throws(@TempDir Path tempDir) throws IOException {
        Files.writeString(tempDir.resolve("attendance.csv"), "student_key,date\n");

        InvalidInputException error =
                assertThrows(
                        InvalidInputException.class, () -> read(tempDir, new CollectingSink()));

        assertEquals("students.csv", error.field());
    }

    private static ImportReport read(Path folder, CollectingSink sink) {
        return new ExchangeCohortSource().read(SourceInput.of(folder), sink);
    }

    /** Replaces commas outside quotes by semicolons; the example quotes no semicolon. */
    private static String toSemicolons(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            out.append(!quoted && c == ',' ? ';' : c);
        }
        return out.toString();
    }
}
