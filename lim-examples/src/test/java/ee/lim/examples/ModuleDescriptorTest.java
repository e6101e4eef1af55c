package ee.lim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.examples.report.RunReport;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins what ee.lim.examples exports, opens and provides, so a change is deliberate. */
class ModuleDescriptorTest {

    /** Reads the compiled module-info.class: the in-process tests run on the class path. */
    private static ModuleDescriptor descriptor() {
        try {
            Path classes =
                    Path.of(
                            RunReport.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
            return ModuleFinder.of(classes).find("ee.lim.examples").orElseThrow().descriptor();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void examples_exportsOpensAndProvides() {
        ModuleDescriptor descriptor = descriptor();

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
        ModuleDescriptor.Provides provides = descriptor().provides().iterator().next();

        String listed;
        try (InputStream in =
                RunReport.class
                        .getClassLoader()
                        .getResourceAsStream("META-INF/services/" + provides.service())) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }

        assertTrue(provides.providers().contains(listed), listed);
        assertEquals(1, provides.providers().size());
    }
}
