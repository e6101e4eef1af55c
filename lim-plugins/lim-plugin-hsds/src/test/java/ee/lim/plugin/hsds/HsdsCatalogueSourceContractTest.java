package ee.lim.plugin.hsds;

import ee.lim.plugin.hsds.catalogues.HsdsCatalogues;
import ee.lim.spi.ServiceCatalogueSource;
import ee.lim.spi.SourceInput;
import ee.lim.testkit.ServiceCatalogueSourceContract;
import java.nio.file.Files;
import java.nio.file.Path;

class HsdsCatalogueSourceContractTest extends ServiceCatalogueSourceContract {
    @Override
    protected ServiceCatalogueSource createPlugin() {
        return new HsdsCatalogueSource();
    }

    @Override
    protected SourceInput validInput(Path tempDir) throws Exception {
        Path copy = tempDir.resolve("voru.json");
        Files.copy(HsdsCatalogues.voruCounty().location(), copy);
        return SourceInput.of(copy);
    }
}
