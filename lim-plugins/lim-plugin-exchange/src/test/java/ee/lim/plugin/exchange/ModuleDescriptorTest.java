package ee.lim.plugin.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins what ee.lim.plugin.exchange exports, requires and provides, so a change is deliberate. */
class ModuleDescriptorTest {

    @Test
    void descriptor_exportsOnlyItsApi() {
        Module module = ExchangeCohortSource.class.getModule();
        assumeTrue(module.isNamed(), "tests run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();

        assertEquals("ee.lim.plugin.exchange", descriptor.name());
        assertEquals(
                Set.of("ee.lim.plugin.exchange"),
                descriptor.exports().stream()
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()));
        assertEquals(Set.of(), descriptor.opens());
    }

    @Test
    void descriptor_requiresSpiAndCommonsCsv() {
        Module module = ExchangeCohortSource.class.getModule();
        assumeTrue(module.isNamed(), "tests run on the module path");

        Set<String> required =
                module.getDescriptor().requires().stream()
                        .filter(
                                r ->
                                        !r.modifiers()
                                                .contains(
                                                        ModuleDescriptor.Requires.Modifier.STATIC))
                        .map(ModuleDescriptor.Requires::name)
                        .collect(Collectors.toSet());

        assertEquals(Set.of("java.base", "ee.lim.spi", "org.apache.commons.csv"), required);
    }

    @Test
    void descriptor_providesTheCohortSource() {
        Module module = ExchangeCohortSource.class.getModule();
        assumeTrue(module.isNamed(), "tests run on the module path");

        List<ModuleDescriptor.Provides> provides = List.copyOf(module.getDescriptor().provides());

        assertEquals(1, provides.size());
        assertEquals("ee.lim.spi.CohortSource", provides.get(0).service());
        assertEquals(
                List.of("ee.lim.plugin.exchange.ExchangeCohortSource"),
                provides.get(0).providers());
    }
}
