package ee.lim.plugin.exchange.internal;

import static ee.lim.plugin.exchange.internal.Columns.CREDITS;
import static ee.lim.plugin.exchange.internal.Columns.DATE;
import static ee.lim.plugin.exchange.internal.Columns.PERIOD_ID;
import static ee.lim.plugin.exchange.internal.Columns.SCALE_ID;
import static ee.lim.plugin.exchange.internal.Columns.SCALE_MAX;
import static ee.lim.plugin.exchange.internal.Columns.SCALE_MIN;
import static ee.lim.plugin.exchange.internal.Columns.SCALE_PASS_MARK;
import static ee.lim.plugin.exchange.internal.Columns.STUDENT_KEY;
import static ee.lim.plugin.exchange.internal.Columns.SUBJECT;
import static ee.lim.plugin.exchange.internal.Columns.VALUE;

import ee.lim.spi.model.Grade;
import ee.lim.spi.model.GradeScale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** Maps grades.csv; each row names its scale, and equal scales share one instance. */
final class GradeMapper extends FileMapper {
    private final Values values = new Values();
    private final Map<GradeScale, GradeScale> scales = new HashMap<>();
    private int key;
    private int date;
    private int subject;
    private int period;
    private int value;
    private int scaleId;
    private int scaleMin;
    private int scaleMax;
    private int passMark;
    private int credits;

    GradeMapper(ImportState state) {
        super(state);
    }

    @Override
    String file() {
        return Columns.GRADES_FILE;
    }

    @Override
    String kind() {
        return "grades";
    }

    @Override
    List<String> requiredColumns() {
        return List.of(
                STUDENT_KEY, DATE, SUBJECT, VALUE, SCALE_ID, SCALE_MIN, SCALE_MAX, SCALE_PASS_MARK);
    }

    @Override
    List<String> optionalColumns() {
        return List.of(PERIOD_ID, CREDITS);
    }

    @Override
    void bind(Header header) {
        key = header.position(STUDENT_KEY);
        date = header.position(DATE);
        subject = header.position(SUBJECT);
        period = header.position(PERIOD_ID);
        value = header.position(VALUE);
        scaleId = header.position(SCALE_ID);
        scaleMin = header.position(SCALE_MIN);
        scaleMax = header.position(SCALE_MAX);
        passMark = header.position(SCALE_PASS_MARK);
        credits = header.position(CREDITS);
    }

    @Override
    Record map(CSVRecord row, long line) {
        var student = state.student(row.get(key), STUDENT_KEY);
        var day = values.date(row.get(date), DATE);
        String subjectCode = Values.text(row.get(subject), SUBJECT);
        String periodId = Values.optionalText(value(row, period), PERIOD_ID);
        GradeScale scale = scale(row);
        double grade = Values.number(row.get(value), VALUE);
        if (grade < scale.min() || grade > scale.max()) {
            throw new RejectedRow(
                    VALUE,
                    "grade is outside its scale "
                            + scale.id()
                            + " ("
                            + scale.min()
                            + " to "
                            + scale.max()
                            + ")");
        }
        String creditText = value(row, credits);
        double earned = creditText.isEmpty() ? 0 : Values.number(creditText, CREDITS);
        if (earned < 0 || earned > 1000) {
            throw new RejectedRow(CREDITS, "credits must be from 0 to 1000");
        }
        return new Grade(student, day, subjectCode, periodId, grade, scale, earned);
    }

    private GradeScale scale(CSVRecord row) {
        String id = Values.text(row.get(scaleId), SCALE_ID);
        double min = Values.number(row.get(scaleMin), SCALE_MIN);
        double max = Values.number(row.get(scaleMax), SCALE_MAX);
        double pass = Values.number(row.get(passMark), SCALE_PASS_MARK);
        if (!(max > min)) {
            throw new RejectedRow(SCALE_MAX, "scale_max must be greater than scale_min");
        }
        if (pass < min || pass > max) {
            throw new RejectedRow(
                    SCALE_PASS_MARK, "scale_pass_mark must lie from scale_min to scale_max");
        }
        GradeScale scale = new GradeScale(id, min, max, pass);
        return scales.computeIfAbsent(scale, s -> s);
    }
}
