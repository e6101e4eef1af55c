package ee.lim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ee.lim.examples.report.RunReport;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins what ee.lim.examples exports, opens and provides, so a change is deliberate. */
class ModuleDescriptorTest {

    @Test
    void examples_exportsOpensAndProvides() {
        Module module = RunReport.class.getModule();
        assumeTrue(module.isNamed(), "tests run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();

        assertEquals(
                Set.of("ee.lim.examples.report", "ee.lim.examples.research"),
                descriptor.exports().stream()
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()));
        Map<String, Set<String>> opens =
                descriptor.opens().stream()
                        .collect(
                                Collectors.toMap(
                                        ModuleDescriptor.Opens::source,
                                        ModuleDescriptor.Opens::targets));
        assertEquals(Set.of("info.picocli"), opens.get("ee.lim.examples.cli"));
        assertEquals(Set.of("tools.jackson.databind"), opens.get("ee.lim.examples.report"));
        assertEquals(
                Set.of("ee.lim.spi.IndicatorRulePack"),
                descriptor.provides().stream()
                        .map(ModuleDescriptor.Provides::service)
                        .collect(Collectors.toSet()));
    }

    @Test
    void servicesFile_matchesProvides() throws IOException {
        Module module = RunReport.class.getModule();
        assumeTrue(module.isNamed(), "tests run on the module path");
        ModuleDescriptor.Provides provides = module.getDescriptor().provides().iterator().next();

        String listed;
        try (InputStream in =
                module.getResourceAsStream("META-INF/services/" + provides.service())) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }

        assertTrue(provides.providers().contains(listed), listed);
        assertEquals(1, provides.providers().size());
    }
}
