package ee.lim.spi.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import org.apiguardian.api.API;

/**
 * How many more students a service can take, in the unit the directory gives.
 *
 * @param available places free now, 0 or more
 * @param maximum the total places, not below {@code available}, or {@code null} if unknown
 * @param unit the unit, such as {@code "student places"}; never blank
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Capacity(int available, Integer maximum, String unit) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param available places free now, 0 or more
     * @param maximum the total places, not below {@code available}, or {@code null} if unknown
     * @param unit the unit, such as {@code "student places"}; never blank
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Capacity {
        Checks.require(
                available >= 0,
                "Capacity.available",
                "Capacity.available must be >= 0, got " + available);
        if (maximum != null) {
            Checks.require(
                    maximum >= available,
                    "Capacity.maximum",
                    "Capacity.maximum " + maximum + " is below available " + available);
        }
        Checks.notBlank(unit, "Capacity.unit");
    }

    /**
     * Returns a copy with another number of free places.
     *
     * @param newAvailable the free places, 0 or more
     * @return the new capacity; {@code maximum} is raised if it would fall below {@code
     *     newAvailable}
     */
    public Capacity withAvailable(int newAvailable) {
        Integer newMaximum = maximum == null ? null : Math.max(maximum, newAvailable);
        return new Capacity(newAvailable, newMaximum, unit);
    }
}
