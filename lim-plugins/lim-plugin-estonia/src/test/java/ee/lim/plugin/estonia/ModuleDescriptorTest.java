package ee.lim.plugin.estonia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins what ee.lim.plugin.estonia exports, requires and provides, so a change is deliberate. */
class ModuleDescriptorTest {

    @Test
    void module_exportsRequiresProvides() {
        Module module = EstonianProfile.class.getModule();
        assumeTrue(module.isNamed(), "tests run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();

        Set<String> exports =
                descriptor.exports().stream()
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toCollection(TreeSet::new));
        Set<String> required =
                descriptor.requires().stream()
                        .filter(
                                r ->
                                        !r.modifiers()
                                                .contains(
                                                        ModuleDescriptor.Requires.Modifier.STATIC))
                        .map(ModuleDescriptor.Requires::name)
                        .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Set<String>> provides = new TreeMap<>();
        for (ModuleDescriptor.Provides p : descriptor.provides()) {
            provides.put(p.service(), new TreeSet<>(p.providers()));
        }

        assertEquals(
                Set.of(
                        "ee.lim.plugin.estonia",
                        "ee.lim.plugin.estonia.isikukood",
                        "ee.lim.plugin.estonia.rules"),
                exports);
        assertEquals(Set.of("ee.lim.spi", "java.base"), required);
        assertEquals(
                Map.of(
                        "ee.lim.spi.JurisdictionProfile",
                        Set.of("ee.lim.plugin.estonia.EstonianProfile"),
                        "ee.lim.spi.IndicatorRulePack",
                        Set.of(
                                "ee.lim.plugin.estonia.rules.EhisAbsenceRulePack",
                                "ee.lim.plugin.estonia.rules.WeeklyEarlyWarningPack"),
                        "ee.lim.spi.Pseudonymiser",
                        Set.of("ee.lim.plugin.estonia.isikukood.IsikukoodPseudonymiser")),
                provides);
        assertEquals(Set.of(), descriptor.uses());
    }
}
