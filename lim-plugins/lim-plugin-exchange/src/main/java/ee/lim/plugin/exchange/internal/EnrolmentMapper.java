package ee.lim.plugin.exchange.internal;

import static ee.lim.plugin.exchange.internal.Columns.DATE;
import static ee.lim.plugin.exchange.internal.Columns.GRADE;
import static ee.lim.plugin.exchange.internal.Columns.SCHOOL_ID;
import static ee.lim.plugin.exchange.internal.Columns.STUDENT_KEY;
import static ee.lim.plugin.exchange.internal.Columns.TYPE;

import ee.lim.spi.model.EnrolmentEvent;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Maps enrolment.csv. */
final class EnrolmentMapper extends FileMapper {
    private final Values values = new Values();
    private int key;
    private int date;
    private int type;
    private int school;
    private int grade;

    EnrolmentMapper(ImportState state) {
        super(state);
    }

    @Override
    String file() {
        return Columns.ENROLMENT_FILE;
    }

    @Override
    String kind() {
        return "enrolment";
    }

    @Override
    List<String> requiredColumns() {
        return List.of(STUDENT_KEY, DATE, TYPE);
    }

    @Override
    List<String> optionalColumns() {
        return List.of(SCHOOL_ID, GRADE);
    }

    @Override
    void bind(Header header) {
        key = header.position(STUDENT_KEY);
        date = header.position(DATE);
        type = header.position(TYPE);
        school = header.position(SCHOOL_ID);
        grade = header.position(GRADE);
    }

    @Override
    Record map(CSVRecord row, long line) {
        var student = state.student(row.get(key), STUDENT_KEY);
        var day = values.date(row.get(date), DATE);
        var event = Values.code(EnrolmentEvent.Type.class, row.get(type), TYPE);
        String schoolId = Values.optionalText(value(row, school), SCHOOL_ID);
        Integer classYear = Values.optionalInteger(value(row, grade), GRADE, 0, 13);
        if (schoolId != null && state.checksSchools() && !state.isKnownSchool(schoolId)) {
            state.problems.warn(
                    file(),
                    line,
                    SCHOOL_ID,
                    "school_id is not in schools.csv; the event was loaded with it");
        }
        return new EnrolmentEvent(student, day, event, schoolId, classYear);
    }
}
