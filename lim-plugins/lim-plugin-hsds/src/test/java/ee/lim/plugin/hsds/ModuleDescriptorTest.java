package ee.lim.plugin.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins what the hsds plugin exports, requires and provides, so a change is deliberate. */
class ModuleDescriptorTest {
    @Test
    void descriptor_exportsOnlyCataloguesAndProvidesSource() {
        Module module = HsdsCatalogueSource.class.getModule();
        assumeTrue(module.isNamed(), "tests run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();

        assertEquals(
                Set.of("ee.lim.plugin.hsds.catalogues"),
                descriptor.exports().stream()
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()));
        Set<String> requires =
                descriptor.requires().stream()
                        .map(ModuleDescriptor.Requires::name)
                        .collect(Collectors.toSet());
        assertTrue(
                requires.containsAll(
                        Set.of("ee.lim.spi", "tools.jackson.databind", "org.apache.commons.csv")));
        assertEquals(1, descriptor.provides().size());
        ModuleDescriptor.Provides provides = descriptor.provides().iterator().next();
        assertEquals("ee.lim.spi.ServiceCatalogueSource", provides.service());
        assertEquals(
                java.util.List.of("ee.lim.plugin.hsds.HsdsCatalogueSource"), provides.providers());
    }
}
