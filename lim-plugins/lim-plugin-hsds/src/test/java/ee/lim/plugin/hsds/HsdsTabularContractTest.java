package ee.lim.plugin.hsds;

import ee.lim.spi.ServiceCatalogueSource;
import ee.lim.spi.SourceInput;
import ee.lim.testkit.ServiceCatalogueSourceContract;
import java.nio.file.Path;

class HsdsTabularContractTest extends ServiceCatalogueSourceContract {
    @Override
    protected ServiceCatalogueSource createPlugin() {
        return new HsdsCatalogueSource();
    }

    @Override
    protected SourceInput validInput(Path tempDir) throws Exception {
        return SourceInput.of(Fixtures.tabular(tempDir));
    }
}
