package ee.lim.spi.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Service providers and their services, as read from a directory.
 *
 * @param providers the organisations; never {@code null}
 * @param services the services, ids unique, each naming a provider of the list; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ServiceCatalogue(List<ServiceProvider> providers, List<Service> services) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param providers the organisations; never {@code null}
     * @param services the services, ids unique, each naming a provider of the list; never {@code
     *     null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public ServiceCatalogue {
        providers = Checks.listOf(providers, "ServiceCatalogue.providers");
        services = Checks.listOf(services, "ServiceCatalogue.services");
        Set<String> providerIds = new HashSet<>();
        for (ServiceProvider provider : providers) {
            if (!providerIds.add(provider.id())) {
                throw new InvalidInputException(
                        "ServiceCatalogue.providers",
                        "ServiceCatalogue.providers has two providers with id " + provider.id());
            }
        }
        Set<String> serviceIds = new HashSet<>();
        for (Service service : services) {
            if (!serviceIds.add(service.id())) {
                throw new InvalidInputException(
                        "ServiceCatalogue.services",
                        "ServiceCatalogue.services has two services with id " + service.id());
            }
            if (!providerIds.contains(service.providerId())) {
                throw new InvalidInputException(
                        "ServiceCatalogue.services",
                        "Service "
                                + service.id()
                                + " names unknown provider "
                                + service.providerId()
                                + "; add the provider");
            }
        }
    }
}
