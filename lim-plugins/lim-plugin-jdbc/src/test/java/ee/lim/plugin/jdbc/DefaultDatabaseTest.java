package ee.lim.plugin.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.plugin.jdbc.internal.Database;
import ee.lim.spi.coordination.Case;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The no-argument providers open the database named by a system property, on first use. */
class DefaultDatabaseTest {
    @TempDir Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty(Database.URL_PROPERTY);
    }

    @Test
    void defaultUrl_withoutProperty_isH2FileInHome() {
        System.clearProperty(Database.URL_PROPERTY);

        String url = Database.defaultUrl();

        assertTrue(url.startsWith("jdbc:h2:file:"), url);
        assertTrue(url.endsWith("/.lim/lim"), url);
    }

    @Test
    void provider_withProperty_opensThatDatabaseLazily() {
        Path file = dir.resolve("lazy");
        System.setProperty(Database.URL_PROPERTY, "jdbc:h2:file:" + file);

        try (JdbcCaseStore store = new JdbcCaseStore();
                JdbcAuditSink sink = new JdbcAuditSink()) {
            assertEquals("jdbc-case-store", store.id());
            assertFalse(Files.exists(dir.resolve("lazy.mv.db")), "opened before first use");

            Case stored = store.create(SlowBatchMain.draft("case-default"));

            assertEquals(Optional.of(stored), store.find(Case.class, "case-default"));
            assertEquals(Optional.empty(), sink.last());
            assertTrue(Files.exists(dir.resolve("lazy.mv.db")));
        }
    }
}
