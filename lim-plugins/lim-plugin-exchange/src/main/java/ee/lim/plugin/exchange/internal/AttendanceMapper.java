package ee.lim.plugin.exchange.internal;

import static ee.lim.plugin.exchange.internal.Columns.DATE;
import static ee.lim.plugin.exchange.internal.Columns.MINUTES;
import static ee.lim.plugin.exchange.internal.Columns.SCOPE;
import static ee.lim.plugin.exchange.internal.Columns.STATUS;
import static ee.lim.plugin.exchange.internal.Columns.STUDENT_KEY;

import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/** Maps attendance.csv, the largest file; the row path allocates only the event itself. */
final class AttendanceMapper extends FileMapper {
    private final Values values = new Values();
    private int key;
    private int date;
    private int scope;
    private int status;
    private int minutes;

    AttendanceMapper(ImportState state) {
        super(state);
    }

    @Override
    String file() {
        return Columns.ATTENDANCE_FILE;
    }

    @Override
    String kind() {
        return "attendance";
    }

    @Override
    List<String> requiredColumns() {
        return Columns.ATTENDANCE;
    }

    @Override
    List<String> optionalColumns() {
        return List.of();
    }

    @Override
    void bind(Header header) {
        key = header.position(STUDENT_KEY);
        date = header.position(DATE);
        scope = header.position(SCOPE);
        status = header.position(STATUS);
        minutes = header.position(MINUTES);
    }

    @Override
    Record map(CSVRecord row, long line) {
        StudentKey student = state.student(row.get(key), STUDENT_KEY);
        LocalDate day = values.date(row.get(date), DATE);
        AttendanceEvent.Scope eventScope = scope(row.get(scope));
        AttendanceStatus eventStatus = status(row.get(status));
        int eventMinutes = Values.integer(row.get(minutes), MINUTES, 1, 1440);
        return new AttendanceEvent(student, day, eventScope, eventStatus, eventMinutes);
    }

    private static AttendanceEvent.Scope scope(String value) {
        switch (value) {
            case "LESSON":
                return AttendanceEvent.Scope.LESSON;
            case "DAY":
                return AttendanceEvent.Scope.DAY;
            default:
                String upper = value.toUpperCase(Locale.ROOT);
                if (!upper.equals(value)) {
                    return scope(upper);
                }
                throw Values.unknownCode(SCOPE, "LESSON, DAY");
        }
    }

    private static AttendanceStatus status(String value) {
        switch (value) {
            case "PRESENT":
                return AttendanceStatus.PRESENT;
            case "EXCUSED":
                return AttendanceStatus.EXCUSED;
            case "UNEXCUSED":
                return AttendanceStatus.UNEXCUSED;
            case "REASON_UNKNOWN":
                return AttendanceStatus.REASON_UNKNOWN;
            case "LATE":
                return AttendanceStatus.LATE;
            default:
                String upper = value.toUpperCase(Locale.ROOT);
                if (!upper.equals(value)) {
                    return status(upper);
                }
                throw Values.unknownCode(
                        STATUS, "PRESENT, EXCUSED, UNEXCUSED, REASON_UNKNOWN, LATE");
        }
    }
}
