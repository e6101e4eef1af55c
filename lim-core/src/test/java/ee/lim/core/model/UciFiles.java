package ee.lim.core.model;

import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.GradeScale;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Test-scoped readers of the two UCI files, mapping them as the UCI cohort source does: rows become
 * students with pseudonymous keys, protected columns go to the protected attributes, and the target
 * becomes an outcome dated after the as-of date.
 */
final class UciFiles {
    static final LocalDate AS_OF = LocalDate.of(2006, 1, 1);
    static final LocalDate FIRST_PERIOD_END = LocalDate.of(2005, 12, 15);
    static final LocalDate YEAR_END = LocalDate.of(2006, 6, 30);
    static final GradeScale PORTUGAL = new GradeScale("pt-0-20", 0, 20, 10);

    static final Set<String> POR_PROTECTED =
            Set.of(
                    "sex",
                    "age",
                    "address",
                    "famsize",
                    "Pstatus",
                    "Medu",
                    "Fedu",
                    "Mjob",
                    "Fjob",
                    "guardian");
    static final Set<String> POR_NOT_INPUTS = Set.of("G1", "G2", "G3");

    static final Set<String> DROPOUT_PROTECTED =
            Set.of(
                    "Gender",
                    "Nacionality",
                    "International",
                    "Marital status",
                    "Age at enrollment",
                    "Mother's qualification",
                    "Father's qualification",
                    "Mother's occupation",
                    "Father's occupation");

    private UciFiles() {}

    static Path dataDirectory() {
        String configured = System.getProperty("lim.shared.data");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        return Path.of("..", "shared", "data");
    }

    /** Reads student-por.csv: G1 as a grade before the as-of date, FAILED if G3 < 10. */
    static Cohort portuguese(Path file) throws IOException {
        List<Student> students = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        CSVFormat format =
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                StudentKey key = new StudentKey("por-" + record.getRecordNumber());
                Map<String, String> attributes = new LinkedHashMap<>();
                Map<String, String> protectedAttributes = new LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    if (POR_PROTECTED.contains(column)) {
                        protectedAttributes.put(column, record.get(column));
                    } else if (!POR_NOT_INPUTS.contains(column)) {
                        attributes.put(column, record.get(column));
                    }
                }
                students.add(
                        new Student(
                                key,
                                null,
                                record.get("school"),
                                null,
                                null,
                                null,
                                attributes,
                                protectedAttributes));
                observations.add(
                        new Grade(
                                key,
                                FIRST_PERIOD_END,
                                "por",
                                "P1",
                                Double.parseDouble(record.get("G1")),
                                PORTUGAL,
                                0));
                double g3 = Double.parseDouble(record.get("G3"));
                observations.add(
                        new Outcome(
                                key,
                                YEAR_END,
                                g3 < 10 ? Outcome.Type.FAILED : Outcome.Type.PASSED));
            }
        }
        return new Cohort(List.of(), students, observations);
    }

    /** Reads data.csv (UTF-8 with BOM, CRLF, ';'): DROPPED_OUT for "Dropout". */
    static Cohort dropout(Path file) throws IOException {
        List<Student> students = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = new ArrayList<>();
                    for (String name : record) {
                        header.add(name.trim());
                    }
                    continue;
                }
                StudentKey key = new StudentKey("dropout-" + record.getRecordNumber());
                Map<String, String> attributes = new LinkedHashMap<>();
                Map<String, String> protectedAttributes = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    String column = header.get(c);
                    if (column.equals("Target")) {
                        continue;
                    }
                    if (DROPOUT_PROTECTED.contains(column)) {
                        protectedAttributes.put(column, record.get(c));
                    } else {
                        attributes.put(column, record.get(c));
                    }
                }
                students.add(
                        new Student(
                                key,
                                null,
                                null,
                                null,
                                null,
                                null,
                                attributes,
                                protectedAttributes));
                String target = record.get(header.indexOf("Target"));
                observations.add(
                        new Outcome(
                                key,
                                YEAR_END,
                                switch (target) {
                                    case "Dropout" -> Outcome.Type.DROPPED_OUT;
                                    case "Graduate" -> Outcome.Type.GRADUATED;
                                    default -> Outcome.Type.STILL_ENROLLED;
                                }));
            }
        }
        return new Cohort(List.of(), students, observations);
    }
}
