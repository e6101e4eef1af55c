package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A value that is in force from one date, and until another if that is known. Rules change: a
 * compulsory-schooling age, a rule pack's threshold.
 *
 * @param from the first day in force; never {@code null}
 * @param until the last day in force, not before {@code from}, or {@code null} if open-ended
 * @param value the value; never {@code null}
 * @param <T> the value type
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DateEffective<T>(LocalDate from, LocalDate until, T value) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param from the first day in force; never {@code null}
     * @param until the last day in force, not before {@code from}, or {@code null} if open-ended
     * @param value the value; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public DateEffective {
        Checks.present(from, "DateEffective.from");
        Checks.present(value, "DateEffective.value");
        Checks.require(
                until == null || !until.isBefore(from),
                "DateEffective.until",
                "DateEffective.until " + until + " is before from " + from);
    }

    /**
     * Tells whether the value is in force on a day.
     *
     * @param day the day
     * @return {@code true} if {@code from <= day} and {@code until} is absent or not before {@code
     *     day}
     */
    public boolean isInForceOn(LocalDate day) {
        return !from.isAfter(day) && (until == null || !until.isBefore(day));
    }
}
