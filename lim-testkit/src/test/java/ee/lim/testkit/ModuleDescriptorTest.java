package ee.lim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins what ee.lim.testkit exports, requires and provides. Its tests run on the class path, so the
 * descriptor is read from the compiled module-info.class instead of the running module.
 */
class ModuleDescriptorTest {

    @Test
    void testkit_exportsAndRequires() throws URISyntaxException {
        Path classes =
                Path.of(
                        SyntheticCohort.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI());

        ModuleDescriptor descriptor =
                ModuleFinder.of(classes).find("ee.lim.testkit").orElseThrow().descriptor();

        assertEquals(
                Set.of("ee.lim.testkit"),
                descriptor.exports().stream()
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()));
        assertEquals(
                Set.of("ee.lim.testkit"),
                descriptor.opens().stream()
                        .map(ModuleDescriptor.Opens::source)
                        .collect(Collectors.toSet()));
        assertEquals(
                Set.of("java.base", "ee.lim.spi", "org.junit.jupiter.api", "org.apiguardian.api"),
                descriptor.requires().stream()
                        .map(ModuleDescriptor.Requires::name)
                        .collect(Collectors.toSet()));
        assertEquals(Set.of(), descriptor.uses());
        assertEquals(Set.of(), descriptor.provides());
    }
}
