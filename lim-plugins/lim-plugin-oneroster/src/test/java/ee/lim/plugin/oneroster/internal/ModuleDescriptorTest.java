package ee.lim.plugin.oneroster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins what ee.lim.plugin.oneroster exports, requires and provides. */
class ModuleDescriptorTest {

    @Test
    void module_providesOnly() {
        Module module = OneRosterSource.class.getModule();
        assumeTrue(module.isNamed(), "tests run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();

        assertEquals("ee.lim.plugin.oneroster", descriptor.name());
        assertEquals(Set.of(), descriptor.exports(), "a plugin that offers no API exports nothing");
        Set<String> requires =
                descriptor.requires().stream()
                        .map(ModuleDescriptor.Requires::name)
                        .collect(Collectors.toSet());
        assertTrue(
                requires.containsAll(
                        Set.of("ee.lim.spi", "org.apache.commons.csv", "org.apache.commons.io")),
                requires.toString());
        assertEquals(1, descriptor.provides().size());
        ModuleDescriptor.Provides provides = descriptor.provides().iterator().next();
        assertEquals("ee.lim.spi.CohortSource", provides.service());
        assertEquals(
                java.util.List.of("ee.lim.plugin.oneroster.internal.OneRosterSource"),
                provides.providers());
        assertEquals(Set.of(), descriptor.uses());
    }
}
