package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A known outcome for a student, the label that models learn from and evaluation checks.
 *
 * @param student the student; never {@code null}
 * @param date the date the outcome was recorded; never {@code null}
 * @param type what happened; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Outcome(StudentKey student, LocalDate date, Type type) implements Observation {

    /** Kinds of outcome. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Type {
        /** Left education without a qualification. */
        DROPPED_OUT,
        /** Completed the programme. */
        GRADUATED,
        /** Moved to another school or programme. */
        TRANSFERRED,
        /** Still enrolled at the end of the observed period. */
        STILL_ENROLLED,
        /** Failed the year or the course. */
        FAILED,
        /** Passed the year or the course. */
        PASSED
    }

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param student the student; never {@code null}
     * @param date the date the outcome was recorded; never {@code null}
     * @param type what happened; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Outcome {
        Checks.present(student, "Outcome.student");
        Checks.present(date, "Outcome.date");
        Checks.present(type, "Outcome.type");
    }
}
