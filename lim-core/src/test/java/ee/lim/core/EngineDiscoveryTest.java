package ee.lim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ee.lim.spi.CohortSource;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineDiscoveryTest {
    private static final String SERVICES = "META-INF/services/ee.lim.spi.CohortSource";

    @Test
    void discover_findsPluginOnClassPath(@TempDir Path dir) throws Exception {
        Path classes =
                PluginCompiler.compile(
                        dir,
                        Map.of(
                                "cp/GoodSource.java",
                                PluginCompiler.cohortSource("cp", "GoodSource", "cp-good", "")),
                        Map.of(SERVICES, "cp.GoodSource\n"),
                        false);

        try (URLClassLoader loader =
                new URLClassLoader(
                        new URL[] {classes.toUri().toURL()}, Engine.class.getClassLoader())) {
            Engine engine = Engine.builder().discover(loader).build();

            assertEquals(List.of("cp-good"), engine.ids(CohortSource.class));
            assertEquals(PluginInfo.Origin.DISCOVERED, engine.pluginInfos().get(0).origin());
            assertTrue(engine.failures().isEmpty(), "failures: " + engine.failures());
        }
    }

    @Test
    void discover_findsPluginOnModulePath(@TempDir Path dir) throws Exception {
        Module spi = CohortSource.class.getModule();
        assumeTrue(spi.isNamed(), "tests run on the module path");
        String moduleInfo =
                "module test.plugin { requires ee.lim.spi;"
                        + " provides ee.lim.spi.CohortSource with mp.ModuleSource; }";
        Path classes =
                PluginCompiler.compile(
                        dir,
                        Map.of(
                                "module-info.java",
                                moduleInfo,
                                "mp/ModuleSource.java",
                                PluginCompiler.cohortSource("mp", "ModuleSource", "mp-good", "")),
                        Map.of(),
                        true);
        ModuleLayer parent = spi.getLayer();
        Configuration configuration =
                parent.configuration()
                        .resolve(
                                ModuleFinder.of(classes), ModuleFinder.of(), Set.of("test.plugin"));
        ModuleLayer layer =
                parent.defineModulesWithOneLoader(
                        configuration, ClassLoader.getSystemClassLoader());

        Engine engine = Engine.builder().discover(layer).build();

        assertEquals(List.of("mp-good"), engine.ids(CohortSource.class));
        assertTrue(
                engine.plugin(CohortSource.class, "mp-good").getClass().getModule().isNamed(),
                "named module");
    }

    @Test
    void discover_reportsThrowingConstructor(@TempDir Path dir) throws Exception {
        Path classes =
                PluginCompiler.compile(
                        dir,
                        Map.of(
                                "cp/BrokenSource.java",
                                PluginCompiler.cohortSource(
                                        "cp",
                                        "BrokenSource",
                                        "cp-broken",
                                        "throw new IllegalStateException(\"no config\");"),
                                "cp/GoodSource.java",
                                PluginCompiler.cohortSource("cp", "GoodSource", "cp-good", "")),
                        Map.of(SERVICES, "cp.BrokenSource\ncp.GoodSource\n"),
                        false);

        try (URLClassLoader loader =
                new URLClassLoader(
                        new URL[] {classes.toUri().toURL()}, Engine.class.getClassLoader())) {
            Engine engine = Engine.builder().discover(loader).build();

            assertEquals(List.of("cp-good"), engine.ids(CohortSource.class));
            assertEquals(1, engine.failures().size(), "failures: " + engine.failures());
            PluginFailure failure = engine.failures().get(0);
            assertEquals("cp.BrokenSource", failure.plugin());
            assertEquals("CohortSource", failure.role());
            assertTrue(failure.reason().contains("no config"), failure.reason());
        }
    }

    @Test
    void discover_reportsMissingProviderClass(@TempDir Path dir) throws Exception {
        Path classes =
                PluginCompiler.compile(
                        dir,
                        Map.of(
                                "cp/GoodSource.java",
                                PluginCompiler.cohortSource("cp", "GoodSource", "cp-good", "")),
                        Map.of(SERVICES, "cp.Missing\ncp.GoodSource\n"),
                        false);

        try (URLClassLoader loader =
                new URLClassLoader(
                        new URL[] {classes.toUri().toURL()}, Engine.class.getClassLoader())) {
            Engine engine = Engine.builder().discover(loader).build();

            assertEquals(List.of("cp-good"), engine.ids(CohortSource.class));
            assertEquals(1, engine.failures().size(), "failures: " + engine.failures());
        }
    }
}
