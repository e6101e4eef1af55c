package ee.lim.spi.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A student's need for support in one category, derived from indicators or recorded by a
 * specialist.
 *
 * @param student the student; never {@code null}
 * @param category the category; never {@code null}
 * @param priority how urgent, in {@code [0, 1]}; matching weighs benefit by it
 * @param origin where the need came from; never {@code null}
 * @param reasons the indicator ids or the specialist's reason codes behind it; never {@code null}
 * @param date the date the need was derived or recorded; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Need(
        StudentKey student,
        NeedCategory category,
        double priority,
        Origin origin,
        List<String> reasons,
        LocalDate date) {

    /** Where a need came from. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Origin {
        /** Derived from a risk assessment through the configured mapping. */
        DERIVED,
        /** Recorded by a specialist. */
        RECORDED
    }

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param student the student; never {@code null}
     * @param category the category; never {@code null}
     * @param priority how urgent, in {@code [0, 1]}; matching weighs benefit by it
     * @param origin where the need came from; never {@code null}
     * @param reasons the indicator ids or the specialist's reason codes behind it; never {@code
     *     null}
     * @param date the date the need was derived or recorded; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Need {
        Checks.present(student, "Need.student");
        Checks.present(category, "Need.category");
        Checks.inRange(priority, 0.0, 1.0, "Need.priority");
        Checks.present(origin, "Need.origin");
        reasons = Checks.listOf(reasons, "Need.reasons");
        Checks.present(date, "Need.date");
    }
}
