package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.service.ServiceCatalogue;
import org.apiguardian.api.API;

/**
 * A service catalogue as read, with the report of what was rejected.
 *
 * @param catalogue the accepted providers and services; never {@code null}
 * @param report counts and problems; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CatalogueImport(ServiceCatalogue catalogue, ImportReport report) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param catalogue the accepted providers and services; never {@code null}
     * @param report counts and problems; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public CatalogueImport {
        Checks.present(catalogue, "CatalogueImport.catalogue");
        Checks.present(report, "CatalogueImport.report");
    }
}
