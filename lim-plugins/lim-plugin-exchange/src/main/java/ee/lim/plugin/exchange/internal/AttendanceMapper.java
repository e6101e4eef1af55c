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
        return switch (value) {
            case "LESSON" -> AttendanceEvent.Scope.LESSON;
            case "DAY" -> AttendanceEvent.Scope.DAY;
            default -> {
                String upper = value.toUpperCase(Locale.ROOT);
                if (!upper.equals(value)) {
                    yield scope(upper);
                }
                throw Values.unknownCode(SCOPE, "LESSON, DAY");
            }
        };
    }

    private static AttendanceStatus status(String value) {
        return switch (value) {
            case "PRESENT" -> AttendanceStatus.PRESENT;
            case "EXCUSED" -> AttendanceStatus.EXCUSED;
            case "UNEXCUSED" -> AttendanceStatus.UNEXCUSED;
            case "REASON_UNKNOWN" -> AttendanceStatus.REASON_UNKNOWN;
            case "LATE" -> AttendanceStatus.LATE;
            default -> {
                String upper = value.toUpperCase(Locale.ROOT);
                if (!upper.equals(value)) {
                    yield status(upper);
                }
                throw Values.unknownCode(
                        STATUS, "PRESENT, EXCUSED, UNEXCUSED, REASON_UNKNOWN, LATE");
            }
        };
    }
}
