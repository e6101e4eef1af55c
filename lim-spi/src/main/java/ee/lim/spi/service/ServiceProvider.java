package ee.lim.spi.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.Sector;
import org.apiguardian.api.API;

/**
 * An organisation that provides services (teenuseosutaja).
 *
 * @param id a stable id; never blank
 * @param name the organisation's name; never blank
 * @param sector its sector; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ServiceProvider(String id, String name, Sector sector) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id a stable id; never blank
     * @param name the organisation's name; never blank
     * @param sector its sector; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public ServiceProvider {
        Checks.notBlank(id, "ServiceProvider.id");
        Checks.notBlank(name, "ServiceProvider.name");
        Checks.present(sector, "ServiceProvider.sector");
    }
}
