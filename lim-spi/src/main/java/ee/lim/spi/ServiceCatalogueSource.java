package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Reads services and their capacity from a directory. Bad records are reported and skipped, as for
 * {@link CohortSource}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ServiceCatalogueSource extends LimPlugin {
    /**
     * Reads a catalogue.
     *
     * @param input the file or folder and the options; never {@code null}
     * @return the catalogue and the report; never {@code null}
     * @throws InvalidInputException if the input cannot be read at all
     */
    CatalogueImport read(SourceInput input);
}
