package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A dated numeric fact that has no record type of its own, such as the number of curricular units a
 * student enrolled in during a semester. Features take the latest value dated before the as-of
 * date, so a measurement never leaks from the future.
 *
 * @param student the student; never {@code null}
 * @param date the date the value became known; never {@code null}
 * @param name a source-defined name of lower-case letters, digits, {@code .}, {@code _} and {@code
 *     -}, such as {@code "units_enrolled"}; never blank
 * @param value the value; finite
 * @param category the area the fact belongs to, by the names of {@link
 *     ee.lim.spi.risk.FactorCategory}, such as {@code "GRADES"}; never blank
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Measurement(
        StudentKey student, LocalDate date, String name, double value, String category)
        implements Observation {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /**
     * Creates the record, validating the fields.
     *
     * @param student the student; never {@code null}
     * @param date the date the value became known; never {@code null}
     * @param name the name; never blank
     * @param value the value; finite
     * @param category the factor category name; never blank
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Measurement {
        Checks.present(student, "Measurement.student");
        Checks.present(date, "Measurement.date");
        Checks.present(name, "Measurement.name");
        Checks.require(
                NAME.matcher(name).matches(),
                "Measurement.name",
                "Measurement.name must match [a-z0-9][a-z0-9._-]{0,63}, got '" + name + "'");
        Checks.finite(value, "Measurement.value");
        Checks.notBlank(category, "Measurement.category");
    }
}
