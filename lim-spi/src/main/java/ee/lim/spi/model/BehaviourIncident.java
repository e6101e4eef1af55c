package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A behaviour incident or negative remark.
 *
 * @param student the student; never {@code null}
 * @param date the day of the incident; never {@code null}
 * @param severity how serious it was; never {@code null}
 * @param category a source code such as {@code "disruption"}; never blank
 * @param exclusionDays days of suspension or exclusion that followed, 0 to 365
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BehaviourIncident(
        StudentKey student, LocalDate date, Severity severity, String category, int exclusionDays)
        implements Observation {

    /** How serious an incident was. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Severity {
        /** A remark, such as a negative note in the school information system. */
        MINOR,
        /** A breach of the school rules that needs a response. */
        MODERATE,
        /** Violence, a criminal offence or a suspension. */
        SERIOUS
    }

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param student the student; never {@code null}
     * @param date the day of the incident; never {@code null}
     * @param severity how serious it was; never {@code null}
     * @param category a source code such as {@code "disruption"}; never blank
     * @param exclusionDays days of suspension or exclusion that followed, 0 to 365
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public BehaviourIncident {
        Checks.present(student, "BehaviourIncident.student");
        Checks.present(date, "BehaviourIncident.date");
        Checks.present(severity, "BehaviourIncident.severity");
        Checks.notBlank(category, "BehaviourIncident.category");
        Checks.inRange(exclusionDays, 0, 365, "BehaviourIncident.exclusionDays");
    }
}
