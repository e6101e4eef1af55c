package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A support measure given to a student. Its {@link #date()} is the start.
 *
 * @param student the student; never {@code null}
 * @param date the start date; never {@code null}
 * @param end the end date, not before the start, or {@code null} while it goes on
 * @param tier the support tier; never {@code null}
 * @param type a code such as {@code "speech-therapy"} or {@code "individual-curriculum"}; never
 *     blank
 * @param decision the decision of the last review, or {@code null} if not reviewed yet
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SupportMeasure(
        StudentKey student,
        LocalDate date,
        LocalDate end,
        SupportTier tier,
        String type,
        ReviewDecision decision)
        implements Observation {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param student the student; never {@code null}
     * @param date the start date; never {@code null}
     * @param end the end date, not before the start, or {@code null} while it goes on
     * @param tier the support tier; never {@code null}
     * @param type a code such as {@code "speech-therapy"} or {@code "individual-curriculum"}; never
     *     blank
     * @param decision the decision of the last review, or {@code null} if not reviewed yet
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public SupportMeasure {
        Checks.present(student, "SupportMeasure.student");
        Checks.present(date, "SupportMeasure.date");
        Checks.present(tier, "SupportMeasure.tier");
        Checks.notBlank(type, "SupportMeasure.type");
        Checks.require(
                end == null || !end.isBefore(date),
                "SupportMeasure.end",
                "SupportMeasure.end " + end + " is before the start " + date);
    }

    /**
     * Tells whether the measure is in force on a day.
     *
     * @param day the day
     * @return {@code true} if it started on or before {@code day} and has not ended before it
     */
    public boolean isActiveOn(LocalDate day) {
        return !date.isAfter(day) && (end == null || !end.isBefore(day));
    }
}
