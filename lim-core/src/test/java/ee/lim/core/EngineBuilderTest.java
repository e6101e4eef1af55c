package ee.lim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.CohortSource;
import ee.lim.spi.ImportReport;
import ee.lim.spi.PluginException;
import ee.lim.spi.SourceInput;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.CohortSink;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineBuilderTest {

    static class FixedSource implements CohortSource {
        private final String id;
        private final int spiVersion;

        FixedSource(String id, int spiVersion) {
            this.id = id;
            this.spiVersion = spiVersion;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String version() {
            return "1.0";
        }

        @Override
        public int spiVersion() {
            return spiVersion;
        }

        @Override
        public ImportReport read(SourceInput input, CohortSink sink) {
            return new ImportReport(id, Map.of(), List.of(), "");
        }
    }

    static final class OtherSource extends FixedSource {
        OtherSource(String id) {
            super(id, SpiVersion.CURRENT);
        }
    }

    @Test
    void build_duplicateIdNamesBoth() {
        EngineBuilder builder =
                Engine.builder()
                        .plugin(new FixedSource("dup", SpiVersion.CURRENT))
                        .plugin(new OtherSource("dup"));

        PluginException error = assertThrows(PluginException.class, builder::build);

        assertTrue(error.getMessage().contains(FixedSource.class.getName()), error.getMessage());
        assertTrue(error.getMessage().contains(OtherSource.class.getName()), error.getMessage());
        assertEquals("dup", error.pluginId());
    }

    @Test
    void build_unsupportedSpiVersionReported() {
        Engine engine =
                Engine.builder()
                        .plugin(new FixedSource("future", SpiVersion.CURRENT + 1))
                        .plugin(new FixedSource("today", SpiVersion.CURRENT))
                        .build();

        assertEquals(List.of("today"), engine.ids(CohortSource.class));
        assertEquals(1, engine.failures().size());
        assertEquals("future", engine.failures().get(0).plugin());
        assertTrue(
                engine.failures()
                        .get(0)
                        .reason()
                        .contains("SPI version " + (SpiVersion.CURRENT + 1)));
    }

    @Test
    void build_invalidIdReported() {
        Engine engine =
                Engine.builder().plugin(new FixedSource("Bad Id", SpiVersion.CURRENT)).build();

        assertTrue(engine.ids(CohortSource.class).isEmpty());
        assertEquals(FixedSource.class.getName(), engine.failures().get(0).plugin());
    }

    @Test
    void plugin_unknownIdListsAvailable() {
        Engine engine = Engine.builder().plugin(new FixedSource("a", SpiVersion.CURRENT)).build();

        PluginException error =
                assertThrows(PluginException.class, () -> engine.plugin(CohortSource.class, "b"));

        assertTrue(error.getMessage().contains("available: [a]"), error.getMessage());
    }

    @Test
    void build_sameInstanceTwiceIsOnePlugin() {
        FixedSource source = new FixedSource("a", SpiVersion.CURRENT);

        Engine engine = Engine.builder().plugin(source).plugin(source).build();

        assertSame(source, engine.plugin(CohortSource.class, "a"));
        assertEquals(1, engine.pluginInfos().size());
    }

    @Test
    void clock_isKept() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC);

        assertSame(clock, Engine.builder().clock(clock).build().clock());
    }
}
