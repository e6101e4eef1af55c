package ee.lim.plugin.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins what the JDBC plugin exports, requires and provides, so a change is deliberate. */
class JdbcModuleDescriptorTest {
    @Test
    void descriptor_exportsRequiresProvides() {
        Module module = JdbcCaseStore.class.getModule();
        assumeTrue(module.isNamed(), "tests run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();

        assertEquals("ee.lim.plugin.jdbc", descriptor.name());
        assertEquals(
                Set.of("ee.lim.plugin.jdbc"),
                descriptor.exports().stream()
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()));
        Set<String> requires =
                descriptor.requires().stream()
                        .map(ModuleDescriptor.Requires::name)
                        .collect(Collectors.toSet());
        assertTrue(
                requires.containsAll(
                        Set.of(
                                "ee.lim.spi",
                                "java.sql",
                                "tools.jackson.databind",
                                "com.h2database")),
                requires.toString());
        assertEquals(
                Map.of(
                        "ee.lim.spi.CaseStore",
                                java.util.List.of("ee.lim.plugin.jdbc.JdbcCaseStore"),
                        "ee.lim.spi.AuditSink",
                                java.util.List.of("ee.lim.plugin.jdbc.JdbcAuditSink")),
                descriptor.provides().stream()
                        .collect(
                                Collectors.toMap(
                                        ModuleDescriptor.Provides::service,
                                        ModuleDescriptor.Provides::providers)));
    }
}
