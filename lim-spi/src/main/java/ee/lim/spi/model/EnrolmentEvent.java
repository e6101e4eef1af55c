package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A change in a student's enrolment.
 *
 * @param student the student; never {@code null}
 * @param date the effective date; never {@code null}
 * @param type what happened; never {@code null}
 * @param schoolId the school concerned, or {@code null} if unknown
 * @param grade the grade after the event, 0 to 13, or {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EnrolmentEvent(
        StudentKey student, LocalDate date, Type type, String schoolId, Integer grade)
        implements Observation {

    /** Kinds of enrolment change. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Type {
        /** First entry into the school. */
        ENTRY,
        /** A move to another school. */
        TRANSFER,
        /** The student repeats a grade. */
        REPEAT,
        /** The student left the school without a transfer. */
        LEAVE
    }

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param student the student; never {@code null}
     * @param date the effective date; never {@code null}
     * @param type what happened; never {@code null}
     * @param schoolId the school concerned, or {@code null} if unknown
     * @param grade the grade after the event, 0 to 13, or {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public EnrolmentEvent {
        Checks.present(student, "EnrolmentEvent.student");
        Checks.present(date, "EnrolmentEvent.date");
        Checks.present(type, "EnrolmentEvent.type");
        if (grade != null) {
            Checks.inRange(grade, 0, 13, "EnrolmentEvent.grade");
        }
    }
}
