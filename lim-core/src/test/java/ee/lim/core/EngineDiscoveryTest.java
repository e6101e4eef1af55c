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

    /**
     * The cohort sources on the test path itself (the UCI plugin, a test dependency), which every
     * discovery also finds through the parent loader or layer.
     */
    private static final List<String> ON_TEST_PATH =
            Engine.builder().discover().build().ids(CohortSource.class);

    /** Returns the cohort source ids the engine found beyond those on the test path. */
    private static List<String> compiledIds(Engine engine) {
        return engine.ids(CohortSource.class).stream()
                .filter(id -> !ON_TEST_PATH.contains(id))
                .toList();
    }

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

            assertEquals(List.of("cp-good"), compiledIds(engine));
            assertTrue(
                    engine.pluginInfos().stream()
                            .allMatch(info -> info.origin() == PluginInfo.Origin.DISCOVERED),
                    "origins: " + engine.pluginInfos());
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

        assertEquals(List.of("mp-good"), compiledIds(engine));
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

            assertEquals(List.of("cp-good"), compiledIds(engine));
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

            assertEquals(List.of("cp-good"), compiledIds(engine));
            assertEquals(1, engine.failures().size(), "failures: " + engine.failures());
        }
    }
}
