package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import org.apiguardian.api.API;

/**
 * A school.
 *
 * @param id a stable id within the source; never blank
 * @param name the school's name; never blank
 * @param municipalityCode the code of the municipality where the school is, or {@code null} if
 *     unknown
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record School(String id, String name, String municipalityCode) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id a stable id within the source; never blank
     * @param name the school's name; never blank
     * @param municipalityCode the code of the municipality where the school is, or {@code null} if
     *     unknown
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public School {
        Checks.notBlank(id, "School.id");
        Checks.notBlank(name, "School.name");
    }
}
