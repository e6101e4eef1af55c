package ee.lim.plugin.uci.internal;

import static ee.lim.plugin.uci.internal.DropoutLayout.SCALE;

import ee.lim.spi.CohortSource;
import ee.lim.spi.ImportReport;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SourceInput;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.CohortSink;
import ee.lim.spi.model.EnrolmentEvent;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Measurement;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads {@code data.csv} of the UCI data set "Predict Students' Dropout and Academic Success": one
 * student per row, separated by {@code ;}, UTF-8 with a byte order mark, CRLF line ends.
 *
 * <p>Each valid row gives a {@link Student} keyed {@code uci-dropout-<row>} (row = 1-based data
 * row) with the enrolment columns as attributes, an {@link EnrolmentEvent} {@code ENTRY} on the
 * nominal enrolment date, the six curricular-unit columns of each semester as {@link Measurement}s
 * dated at the end of that semester, a {@link Grade} per semester in which units were evaluated,
 * and the {@link Outcome} from {@code Target}. Semester results are dated after enrolment, so a
 * model trained as of the enrolment date never sees them. A row with a value outside the documented
 * codes or ranges is rejected whole.
 *
 * <p>Stateless and thread-safe.
 */
public final class DropoutSource implements CohortSource {
    /** The plugin id. */
    public static final String ID = "uci-dropout";

    /** Creates the source. */
    public DropoutSource() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "UCI Predict Students' Dropout and Academic Success (data.csv)";
    }

    /**
     * Reads the file at {@code input.location()}. No options.
     *
     * @param input the file; never {@code null}
     * @param sink receives the school, students and observations; never {@code null}
     * @return the counts per record kind and every rejected row
     * @throws InvalidInputException if the file is missing, empty, unreadable or lacks a column of
     *     the layout
     */
    @Override
    public ImportReport read(SourceInput input, CohortSink sink) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(sink, "sink");
        Path path = input.location();
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Problems problems = new Problems();
        Counts counts = new Counts();
        List<String> expected = new ArrayList<>(DropoutLayout.RULES.keySet());
        try (CsvFile csv = CsvFile.open(path, file, DropoutLayout.DELIMITER)) {
            Columns columns = Columns.map(csv, expected, DropoutLayout.DELIMITER, problems);
            boolean schoolSent = false;
            long dataRow = 0;
            Row row;
            while ((row = csv.next(problems)) != null) {
                dataRow++;
                if (!RowChecks.check(row, columns, file, problems)
                        || !valid(row, columns, file, problems)) {
                    continue;
                }
                if (!schoolSent) {
                    sink.school(
                            new School(DropoutLayout.SCHOOL_ID, DropoutLayout.SCHOOL_NAME, null));
                    counts.add("schools");
                    schoolSent = true;
                }
                emit(new StudentKey("uci-dropout-" + dataRow), row, columns, sink, counts);
            }
            return new ImportReport(ID, counts.map(), problems.list(), csv.sha256Hex());
        }
    }

    private static boolean valid(Row row, Columns columns, String file, Problems problems) {
        for (Map.Entry<String, ValueRule> rule : DropoutLayout.RULES.entrySet()) {
            String violation = rule.getValue().violation(columns.get(row, rule.getKey()));
            if (violation != null) {
                problems.reject(file, row.line(), rule.getKey(), rule.getKey() + " " + violation);
                return false;
            }
        }
        return true;
    }

    private static void emit(
            StudentKey key, Row row, Columns columns, CohortSink sink, Counts counts) {
        sink.student(
                new Student(
                        key,
                        null,
                        DropoutLayout.SCHOOL_ID,
                        null,
                        null,
                        "pt",
                        pick(DropoutLayout.ATTRIBUTES, row, columns),
                        pick(DropoutLayout.PROTECTED, row, columns)));
        counts.add("students");
        sink.observation(
                new EnrolmentEvent(
                        key,
                        DropoutLayout.ENROLMENT_DATE,
                        EnrolmentEvent.Type.ENTRY,
                        DropoutLayout.SCHOOL_ID,
                        null));
        counts.add("enrolmentEvents");
        emitSemester(key, 1, DropoutLayout.SEMESTER_1_DATE, row, columns, sink, counts);
        emitSemester(key, 2, DropoutLayout.SEMESTER_2_DATE, row, columns, sink, counts);
        Outcome.Type type = DropoutLayout.TARGETS.get(columns.get(row, DropoutLayout.TARGET));
        sink.observation(new Outcome(key, DropoutLayout.OUTCOME_DATE, type));
        counts.add("outcomes");
    }

    private static void emitSemester(
            StudentKey key,
            int semester,
            LocalDate date,
            Row row,
            Columns columns,
            CohortSink sink,
            Counts counts) {
        for (String suffix : DropoutLayout.UNIT_COLUMNS.keySet()) {
            double value =
                    ValueRule.number(columns.get(row, DropoutLayout.unitColumn(semester, suffix)));
            sink.observation(
                    new Measurement(key, date, "s" + semester + "." + suffix, value, "GRADES"));
            counts.add("measurements");
        }
        double evaluations =
                ValueRule.number(
                        columns.get(row, DropoutLayout.unitColumn(semester, "units_evaluations")));
        if (evaluations > 0) {
            double grade =
                    ValueRule.number(
                            columns.get(row, DropoutLayout.unitColumn(semester, "units_grade")));
            double approved =
                    ValueRule.number(
                            columns.get(row, DropoutLayout.unitColumn(semester, "units_approved")));
            sink.observation(
                    new Grade(
                            key,
                            date,
                            DropoutLayout.SUBJECT,
                            "S" + semester,
                            grade,
                            SCALE,
                            approved));
            counts.add("grades");
        }
    }

    private static Map<String, String> pick(List<String> names, Row row, Columns columns) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            values.put(name, columns.get(row, name));
        }
        return values;
    }
}
