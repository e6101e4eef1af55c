package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import org.apiguardian.api.API;

/**
 * A professional who works with students: a class teacher, a school psychologist, a
 * child-protection specialist, a youth worker.
 *
 * @param id a stable id; never blank
 * @param role the role id from the jurisdiction's list, such as {@code "school-psychologist"};
 *     never blank
 * @param sector the sector the specialist works in; never {@code null}
 * @param organisationId the employing organisation; never blank
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Specialist(String id, String role, Sector sector, String organisationId) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id a stable id; never blank
     * @param role the role id from the jurisdiction's list, such as {@code "school-psychologist"};
     *     never blank
     * @param sector the sector the specialist works in; never {@code null}
     * @param organisationId the employing organisation; never blank
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Specialist {
        Checks.notBlank(id, "Specialist.id");
        Checks.notBlank(role, "Specialist.role");
        Checks.present(sector, "Specialist.sector");
        Checks.notBlank(organisationId, "Specialist.organisationId");
    }
}
