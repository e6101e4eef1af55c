package ee.lim.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ee.lim.spi.CatalogueImport;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.ServiceCatalogueSource;
import ee.lim.spi.SourceInput;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of a {@link ServiceCatalogueSource}. */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ServiceCatalogueSourceContract
        extends LimPluginContract<ServiceCatalogueSource> {
    /** Creates the contract. */
    protected ServiceCatalogueSourceContract() {}

    /**
     * Returns a directory the plugin reads without any rejected record.
     *
     * @param tempDir an empty folder the test may write into
     * @return the input
     * @throws Exception if the input cannot be prepared
     */
    protected abstract SourceInput validInput(Path tempDir) throws Exception;

    @Override
    protected final Class<? super ServiceCatalogueSource> role() {
        return ServiceCatalogueSource.class;
    }

    @Test
    void read_validInputHasNoRejections(@TempDir Path tempDir) throws Exception {
        ServiceCatalogueSource source = createPlugin();

        CatalogueImport result = source.read(validInput(tempDir));

        assertEquals(source.id(), result.report().source(), "report.source");
        assertEquals(
                0, result.report().rejectedCount(), "rejections: " + result.report().problems());
        assertFalse(result.catalogue().services().isEmpty(), "no service was read");
    }

    @Test
    void read_isDeterministic(@TempDir Path tempDir) throws Exception {
        SourceInput input = validInput(tempDir);

        CatalogueImport first = createPlugin().read(input);
        CatalogueImport second = createPlugin().read(input);

        assertEquals(first.catalogue(), second.catalogue());
    }

    @Test
    void read_missingInputThrows(@TempDir Path tempDir) {
        SourceInput missing = SourceInput.of(tempDir.resolve("does-not-exist"));

        assertThrows(InvalidInputException.class, () -> createPlugin().read(missing));
    }
}
