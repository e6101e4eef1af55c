package ee.lim.plugin.exchange.internal;

import static ee.lim.plugin.exchange.internal.Columns.ATTRIBUTE_PREFIX;
import static ee.lim.plugin.exchange.internal.Columns.BIRTH_MONTH;
import static ee.lim.plugin.exchange.internal.Columns.GRADE;
import static ee.lim.plugin.exchange.internal.Columns.LANGUAGE;
import static ee.lim.plugin.exchange.internal.Columns.PROTECTED_PREFIX;
import static ee.lim.plugin.exchange.internal.Columns.RESIDENCE_MUNICIPALITY;
import static ee.lim.plugin.exchange.internal.Columns.SCHOOL_ID;
import static ee.lim.plugin.exchange.internal.Columns.STUDENT_KEY;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** Maps students.csv, including the {@code attr.} and {@code protected.} columns. */
final class StudentMapper extends FileMapper {
    private int key;
    private int birthMonth;
    private int school;
    private int grade;
    private int residence;
    private int language;
    private final List<Integer> attributePositions = new ArrayList<>();
    private final List<String> attributeNames = new ArrayList<>();
    private final List<Integer> protectedPositions = new ArrayList<>();
    private final List<String> protectedNames = new ArrayList<>();
    private List<String> columnNames = List.of();

    StudentMapper(ImportState state) {
        super(state);
    }

    @Override
    String file() {
        return Columns.STUDENTS_FILE;
    }

    @Override
    String kind() {
        return "students";
    }

    @Override
    List<String> requiredColumns() {
        return List.of(STUDENT_KEY);
    }

    @Override
    List<String> optionalColumns() {
        return List.of(BIRTH_MONTH, SCHOOL_ID, GRADE, RESIDENCE_MUNICIPALITY, LANGUAGE);
    }

    @Override
    boolean isExtraColumn(String name) {
        return attributeName(name, ATTRIBUTE_PREFIX) != null
                || attributeName(name, PROTECTED_PREFIX) != null;
    }

    @Override
    void bind(Header header) {
        key = header.position(STUDENT_KEY);
        birthMonth = header.position(BIRTH_MONTH);
        school = header.position(SCHOOL_ID);
        grade = header.position(GRADE);
        residence = header.position(RESIDENCE_MUNICIPALITY);
        language = header.position(LANGUAGE);
        List<String> names = header.names();
        columnNames = names;
        for (int i = 0; i < names.size(); i++) {
            String attribute = attributeName(names.get(i), ATTRIBUTE_PREFIX);
            String protectedAttribute = attributeName(names.get(i), PROTECTED_PREFIX);
            if (attribute != null) {
                attributePositions.add(i);
                attributeNames.add(attribute);
            } else if (protectedAttribute != null) {
                protectedPositions.add(i);
                protectedNames.add(protectedAttribute);
            }
        }
        state.flushSchools();
    }

    @Override
    Record map(CSVRecord row, long line) {
        String keyText = row.get(key);
        if (keyText.isEmpty()) {
            throw new RejectedRow(STUDENT_KEY, "student_key is missing");
        }
        if (state.isKnownStudent(keyText)) {
            throw new RejectedRow(STUDENT_KEY, "student_key repeats an earlier row");
        }
        StudentKey studentKey;
        try {
            studentKey = new StudentKey(keyText);
        } catch (InvalidInputException e) {
            // StudentKey's messages give the rule and the length, never the value.
            throw new RejectedRow(STUDENT_KEY, e.getMessage());
        }
        YearMonth month = Values.optionalYearMonth(value(row, birthMonth), BIRTH_MONTH);
        String schoolId = Values.optionalText(value(row, school), SCHOOL_ID);
        Integer classYear = Values.optionalInteger(value(row, grade), GRADE, 0, 13);
        String municipality = Values.optionalText(value(row, residence), RESIDENCE_MUNICIPALITY);
        String languageCode = languageCode(value(row, language));
        Map<String, String> attributes = attributes(row, attributePositions, attributeNames);
        Map<String, String> protectedAttributes =
                attributes(row, protectedPositions, protectedNames);

        if (schoolId != null && state.checksSchools() && !state.isKnownSchool(schoolId)) {
            state.problems.warn(
                    file(),
                    line,
                    SCHOOL_ID,
                    "school_id is not in schools.csv; the student was loaded with it");
        }
        return new Student(
                studentKey,
                month,
                schoolId,
                classYear,
                municipality,
                languageCode,
                attributes,
                protectedAttributes);
    }

    @Override
    void send(Record record) {
        Student student = (Student) record;
        state.sink.student(student);
        state.addStudent(student.key());
    }

    private Map<String, String> attributes(
            CSVRecord row, List<Integer> positions, List<String> names) {
        if (positions.isEmpty()) {
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < positions.size(); i++) {
            int position = positions.get(i);
            String checked = Values.optionalText(row.get(position), columnNames.get(position));
            if (checked != null) {
                result.put(names.get(i), checked);
            }
        }
        return result;
    }

    private static String languageCode(String value) {
        if (value.isEmpty()) {
            return null;
        }
        boolean valid = value.length() >= 2 && value.length() <= 3;
        for (int i = 0; valid && i < value.length(); i++) {
            char c = value.charAt(i);
            valid = c >= 'a' && c <= 'z';
        }
        if (!valid) {
            throw new RejectedRow(
                    LANGUAGE, "expected an ISO 639 code of 2 or 3 lower-case letters, such as et");
        }
        return value;
    }

    /** Returns the attribute name after the prefix, or {@code null} if the column has none. */
    private static String attributeName(String column, String prefix) {
        if (column.length() > prefix.length()
                && column.substring(0, prefix.length()).toLowerCase(Locale.ROOT).equals(prefix)) {
            return column.substring(prefix.length());
        }
        return null;
    }
}
