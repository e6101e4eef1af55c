package ee.lim.plugin.uci.internal;

import static ee.lim.plugin.uci.internal.StudentPerformanceLayout.SCALE;

import ee.lim.spi.CohortSource;
import ee.lim.spi.ImportReport;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SourceInput;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.CohortSink;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a file in the layout of the UCI Student Performance data set, such as {@code
 * student-por.csv} or {@code student-mat.csv}: one student per row, separated by {@code ;}.
 *
 * <p>Each valid row gives a {@link Student} keyed {@code uci-<school>-<row>} (row = 1-based data
 * row; for a course other than {@code por}, {@code uci-<course>-<school>-<row>}), three {@link
 * Grade}s (G1, G2, G3) on the 0 to 20 scale with nominal 2005/06 dates, and an {@link Outcome}
 * {@code PASSED} when G3 is at least 10, otherwise {@code FAILED}. A row with a value outside the
 * data set's documented codes or ranges is rejected whole. The option {@code course} (default
 * {@code por}) names the subject of the grades.
 *
 * <p>Stateless and thread-safe.
 */
public final class StudentPerformanceSource implements CohortSource {
    /** The plugin id. */
    public static final String ID = "uci";

    private static final Pattern COURSE = Pattern.compile("[a-z0-9-]{1,16}");

    /** Creates the source. */
    public StudentPerformanceSource() {}

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
        return "UCI Student Performance (student-por.csv, student-mat.csv), school year 2005/06";
    }

    /**
     * Reads the file at {@code input.location()}.
     *
     * @param input the file and the option {@code course}; never {@code null}
     * @param sink receives the schools, students, grades and outcomes; never {@code null}
     * @return the counts per record kind and every rejected row
     * @throws InvalidInputException if the file is missing, empty, unreadable, lacks a column of
     *     the layout, or {@code course} is not 1 to 16 characters of {@code [a-z0-9-]}
     */
    @Override
    public ImportReport read(SourceInput input, CohortSink sink) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(sink, "sink");
        String course = input.option("course", "por");
        if (!COURSE.matcher(course).matches()) {
            throw new InvalidInputException(
                    "course",
                    "Option course must be 1 to 16 characters of [a-z0-9-], such as por or mat");
        }
        String keyPrefix = course.equals("por") ? "uci-" : "uci-" + course + "-";
        Path path = input.location();
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Problems problems = new Problems();
        Counts counts = new Counts();
        List<String> expected = new ArrayList<>(StudentPerformanceLayout.RULES.keySet());
        try (CsvFile csv = CsvFile.open(path, file, StudentPerformanceLayout.DELIMITER)) {
            Columns columns =
                    Columns.map(csv, expected, StudentPerformanceLayout.DELIMITER, problems);
            Set<String> schoolsSent = new HashSet<>();
            long dataRow = 0;
            Row row;
            while ((row = csv.next(problems)) != null) {
                dataRow++;
                if (!RowChecks.check(row, columns, file, problems)
                        || !valid(row, columns, file, problems)) {
                    continue;
                }
                String school = columns.get(row, "school");
                if (schoolsSent.add(school)) {
                    sink.school(
                            new School(school, StudentPerformanceLayout.SCHOOLS.get(school), null));
                    counts.add("schools");
                }
                StudentKey key = new StudentKey(keyPrefix + school + "-" + dataRow);
                emit(key, school, course, row, columns, sink, counts);
            }
            return new ImportReport(ID, counts.map(), problems.list(), csv.sha256Hex());
        }
    }

    private static boolean valid(Row row, Columns columns, String file, Problems problems) {
        for (Map.Entry<String, ValueRule> rule : StudentPerformanceLayout.RULES.entrySet()) {
            String violation = rule.getValue().violation(columns.get(row, rule.getKey()));
            if (violation != null) {
                problems.reject(file, row.line(), rule.getKey(), rule.getKey() + " " + violation);
                return false;
            }
        }
        return true;
    }

    private static void emit(
            StudentKey key,
            String school,
            String course,
            Row row,
            Columns columns,
            CohortSink sink,
            Counts counts) {
        sink.student(
                new Student(
                        key,
                        null,
                        school,
                        null,
                        null,
                        "pt",
                        pick(StudentPerformanceLayout.ATTRIBUTES, row, columns),
                        pick(StudentPerformanceLayout.PROTECTED, row, columns)));
        counts.add("students");
        double g1 = ValueRule.number(columns.get(row, "G1"));
        double g2 = ValueRule.number(columns.get(row, "G2"));
        double g3 = ValueRule.number(columns.get(row, "G3"));
        sink.observation(
                new Grade(key, StudentPerformanceLayout.G1_DATE, course, "P1", g1, SCALE, 0));
        sink.observation(
                new Grade(key, StudentPerformanceLayout.G2_DATE, course, "P2", g2, SCALE, 0));
        sink.observation(
                new Grade(key, StudentPerformanceLayout.G3_DATE, course, "final", g3, SCALE, 0));
        counts.add("grades");
        counts.add("grades");
        counts.add("grades");
        Outcome.Type type = SCALE.isFailing(g3) ? Outcome.Type.FAILED : Outcome.Type.PASSED;
        sink.observation(new Outcome(key, StudentPerformanceLayout.OUTCOME_DATE, type));
        counts.add("outcomes");
    }

    private static Map<String, String> pick(List<String> names, Row row, Columns columns) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            values.put(name, columns.get(row, name));
        }
        return values;
    }
}
