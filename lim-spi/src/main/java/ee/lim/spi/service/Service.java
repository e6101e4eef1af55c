package ee.lim.spi.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.Sector;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A service a young person can be referred to.
 *
 * <p>The support {@code level} belongs to the service, not the child: a child can receive services
 * at several levels at once.
 *
 * @param id a stable id from the directory; never blank
 * @param name the service's name; never blank
 * @param providerId the id of the organisation that runs it; never blank
 * @param sector the sector of the provider; never {@code null}
 * @param coverage how well it covers each need, in {@code (0, 1]}; never {@code null} or empty
 * @param eligibility who may use it; never {@code null}
 * @param capacity free places; never {@code null}
 * @param waitingDays the usual wait before the service starts, in days, 0 or more
 * @param place where it is delivered, or {@code null} for remote or unknown
 * @param level the support level; never {@code null}
 * @param active whether it takes referrals now; inactive and defunct services are not offered
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Service(
        String id,
        String name,
        String providerId,
        Sector sector,
        Map<NeedCategory, Double> coverage,
        Eligibility eligibility,
        Capacity capacity,
        int waitingDays,
        Place place,
        Level level,
        boolean active) {

    /** The level of a service, as in tiered systems of integrated support. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Level {
        /** Universal or first-level support, open to all. */
        PRIMARY,
        /** Targeted support for some. */
        SECONDARY,
        /** Specialised, intensive support. */
        TERTIARY
    }

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id a stable id from the directory; never blank
     * @param name the service's name; never blank
     * @param providerId the id of the organisation that runs it; never blank
     * @param sector the sector of the provider; never {@code null}
     * @param coverage how well it covers each need, in {@code (0, 1]}; never {@code null} or empty
     * @param eligibility who may use it; never {@code null}
     * @param capacity free places; never {@code null}
     * @param waitingDays the usual wait before the service starts, in days, 0 or more
     * @param place where it is delivered, or {@code null} for remote or unknown
     * @param level the support level; never {@code null}
     * @param active whether it takes referrals now; inactive and defunct services are not offered
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Service {
        Checks.notBlank(id, "Service.id");
        Checks.notBlank(name, "Service.name");
        Checks.notBlank(providerId, "Service.providerId");
        Checks.present(sector, "Service.sector");
        coverage = Checks.mapOf(coverage, "Service.coverage");
        Checks.require(
                !coverage.isEmpty(),
                "Service.coverage",
                "Service.coverage of service " + id + " is empty; name at least one need");
        for (Map.Entry<NeedCategory, Double> entry : coverage.entrySet()) {
            double value = entry.getValue();
            Checks.require(
                    value > 0 && value <= 1,
                    "Service.coverage",
                    "Service.coverage of "
                            + entry.getKey()
                            + " in service "
                            + id
                            + " must be in (0, 1], got "
                            + value);
        }
        Checks.present(eligibility, "Service.eligibility");
        Checks.present(capacity, "Service.capacity");
        Checks.require(
                waitingDays >= 0,
                "Service.waitingDays",
                "Service.waitingDays must be >= 0, got " + waitingDays);
        Checks.present(level, "Service.level");
    }

    /**
     * Returns a copy with another capacity, for what-if analysis.
     *
     * @param newCapacity the capacity; never {@code null}
     * @return the new service
     */
    public Service withCapacity(Capacity newCapacity) {
        return new Service(
                id,
                name,
                providerId,
                sector,
                coverage,
                eligibility,
                newCapacity,
                waitingDays,
                place,
                level,
                active);
    }
}
