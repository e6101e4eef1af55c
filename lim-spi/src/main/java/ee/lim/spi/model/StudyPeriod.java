package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A study period of a school year, such as an Estonian study quarter (õppeveerand) or a school
 * information system's reporting period. Both ends are inclusive.
 *
 * @param id a stable id, such as {@code "2025/26-Q1"}; never blank
 * @param start the first day; never {@code null}
 * @param end the last day, not before {@code start}; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StudyPeriod(String id, LocalDate start, LocalDate end) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id a stable id, such as {@code "2025/26-Q1"}; never blank
     * @param start the first day; never {@code null}
     * @param end the last day, not before {@code start}; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public StudyPeriod {
        Checks.notBlank(id, "StudyPeriod.id");
        Checks.present(start, "StudyPeriod.start");
        Checks.present(end, "StudyPeriod.end");
        Checks.require(
                !end.isBefore(start),
                "StudyPeriod.end",
                "StudyPeriod.end " + end + " is before start " + start + " in period " + id);
    }

    /**
     * Tells whether a day falls in the period.
     *
     * @param day the day
     * @return {@code true} if {@code start <= day <= end}
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
