package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import org.apiguardian.api.API;

/**
 * A local government, such as {@code Võru vald}.
 *
 * @param code a stable code, such as the Estonian EHAK code; never blank
 * @param name the official name; never blank
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Municipality(String code, String name) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param code a stable code, such as the Estonian EHAK code; never blank
     * @param name the official name; never blank
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Municipality {
        Checks.notBlank(code, "Municipality.code");
        Checks.notBlank(name, "Municipality.name");
    }
}
