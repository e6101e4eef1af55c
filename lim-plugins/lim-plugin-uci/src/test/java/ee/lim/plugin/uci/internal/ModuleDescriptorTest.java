package ee.lim.plugin.uci.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins what ee.lim.plugin.uci exports, requires and provides, so a change is deliberate. */
class ModuleDescriptorTest {

    @Test
    void module_exportsRequiresProvides() {
        Module module = StudentPerformanceSource.class.getModule();
        assumeTrue(module.isNamed(), "tests run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();

        assertEquals("ee.lim.plugin.uci", descriptor.name());
        assertEquals(
                Set.of("ee.lim.plugin.uci"),
                descriptor.exports().stream()
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()));
        Set<String> requires =
                descriptor.requires().stream()
                        .map(ModuleDescriptor.Requires::name)
                        .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(
                requires.containsAll(
                        Set.of("ee.lim.spi", "org.apache.commons.csv", "org.apache.commons.io")),
                requires.toString());
        Map<String, Set<String>> provides = new TreeMap<>();
        for (ModuleDescriptor.Provides p : descriptor.provides()) {
            provides.put(p.service(), new TreeSet<>(p.providers()));
        }
        assertEquals(
                Map.of(
                        "ee.lim.spi.CohortSource",
                        Set.of(
                                "ee.lim.plugin.uci.internal.DropoutSource",
                                "ee.lim.plugin.uci.internal.StudentPerformanceSource"),
                        "ee.lim.spi.JurisdictionProfile",
                        Set.of(
                                "ee.lim.plugin.uci.internal.PtHigherProfile",
                                "ee.lim.plugin.uci.internal.PtSecondaryProfile")),
                provides);
        assertEquals(Set.of(), descriptor.uses());
    }
}
