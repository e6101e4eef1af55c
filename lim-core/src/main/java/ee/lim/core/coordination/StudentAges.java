package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Looks up a student's age for the consent rules, usually from the cohort's birth year and month.
 * Implementations must be thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface StudentAges {
    /**
     * Returns the student's age in whole years on a day.
     *
     * @param student the student; never {@code null}
     * @param day the day; never {@code null}
     * @return the age, or empty when unknown, in which case the guardians decide on consent; never
     *     {@code null}
     */
    OptionalInt ageOn(StudentKey student, LocalDate day);

    /**
     * Returns a lookup that returns no age, so the guardians always decide.
     *
     * @return the lookup; never {@code null}
     */
    static StudentAges unknown() {
        return (student, day) -> OptionalInt.empty();
    }
}
