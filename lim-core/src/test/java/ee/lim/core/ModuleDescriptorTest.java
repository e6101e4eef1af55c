package ee.lim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ee.lim.spi.LimPlugin;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins what ee.lim.spi and ee.lim.core export, use and provide, so a change is deliberate. */
class ModuleDescriptorTest {

    private static Set<String> exports(ModuleDescriptor descriptor) {
        return descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void spi_exportsAndRequires() {
        Module module = LimPlugin.class.getModule();
        assumeTrue(module.isNamed(), "tests run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();

        assertEquals(
                Set.of(
                        "ee.lim.spi",
                        "ee.lim.spi.model",
                        "ee.lim.spi.risk",
                        "ee.lim.spi.service",
                        "ee.lim.spi.coordination"),
                exports(descriptor));
        Set<String> required =
                descriptor.requires().stream()
                        .filter(
                                r ->
                                        !r.modifiers()
                                                .contains(
                                                        ModuleDescriptor.Requires.Modifier.STATIC))
                        .map(ModuleDescriptor.Requires::name)
                        .collect(Collectors.toSet());
        assertEquals(
                Set.of("java.base"),
                required,
                "lim-spi requires no third-party module at run time");
        assertEquals(Set.of(), descriptor.uses());
        assertEquals(Set.of(), descriptor.provides());
    }

    @Test
    void core_exportsAndUses() {
        Module module = Engine.class.getModule();
        assumeTrue(module.isNamed(), "tests run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();

        assertEquals(
                Set.of(
                        "ee.lim.core",
                        "ee.lim.core.coordination",
                        "ee.lim.core.evaluation",
                        "ee.lim.core.explain",
                        "ee.lim.core.features",
                        "ee.lim.core.matching",
                        "ee.lim.core.model",
                        "ee.lim.core.needs",
                        "ee.lim.core.risk",
                        "ee.lim.core.rules"),
                exports(descriptor));
        assertEquals(
                new TreeSet<>(
                        Set.of(
                                "ee.lim.spi.CohortSource",
                                "ee.lim.spi.JurisdictionProfile",
                                "ee.lim.spi.IndicatorRulePack",
                                "ee.lim.spi.RiskModelProvider",
                                "ee.lim.spi.ServiceCatalogueSource",
                                "ee.lim.spi.Pseudonymiser",
                                "ee.lim.spi.CaseStore",
                                "ee.lim.spi.AuditSink")),
                new TreeSet<>(descriptor.uses()));
        assertEquals(
                Set.of(
                        "ee.lim.spi.RiskModelProvider with"
                                + " [ee.lim.core.model.LogisticRegressionProvider]"),
                descriptor.provides().stream()
                        .map(p -> p.service() + " with " + p.providers())
                        .collect(Collectors.toSet()));
    }
}
