package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * One attendance record for a lesson or a whole day.
 *
 * <p>Sources that record only absences may omit present records; rates then need the calendar of
 * scheduled lessons, which the feature code takes from present records or from the jurisdiction.
 *
 * @param student the student; never {@code null}
 * @param date the day; never {@code null}
 * @param scope whether the record covers one lesson or the whole day; never {@code null}
 * @param status present, absent for a reason, late; never {@code null}
 * @param minutes the scheduled length of what the record covers, in minutes, 1 to 1440
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AttendanceEvent(
        StudentKey student, LocalDate date, Scope scope, AttendanceStatus status, int minutes)
        implements Observation {

    /** What one attendance record covers. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Scope {
        /** One lesson. */
        LESSON,
        /** A whole school day. */
        DAY
    }

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param student the student; never {@code null}
     * @param date the day; never {@code null}
     * @param scope whether the record covers one lesson or the whole day; never {@code null}
     * @param status present, absent for a reason, late; never {@code null}
     * @param minutes the scheduled length of what the record covers, in minutes, 1 to 1440
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public AttendanceEvent {
        Checks.present(student, "AttendanceEvent.student");
        Checks.present(date, "AttendanceEvent.date");
        Checks.present(scope, "AttendanceEvent.scope");
        Checks.present(status, "AttendanceEvent.status");
        Checks.inRange(minutes, 1, 1440, "AttendanceEvent.minutes");
    }
}
