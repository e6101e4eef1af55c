package ee.lim.plugin.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.coordination.Case;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests' H2 databases keep every file in the folder the test owns, so nothing is left. */
class DatabasesTest {
    @TempDir Path scratch;

    @Test
    void h2_writesOnlyIntoScratch() throws Exception {
        Databases.Target first = Databases.H2.fresh(scratch);
        Databases.Target second = Databases.H2.fresh(scratch);
        try (JdbcCaseStore store = first.caseStore()) {
            assertEquals(Optional.empty(), store.find(Case.class, "case-none"));
        }
        try (JdbcCaseStore store = second.caseStore()) {
            assertEquals(Optional.empty(), store.find(Case.class, "case-none"));
        }

        assertTrue(first.url().startsWith("jdbc:h2:file:" + scratch), first.url());
        assertFalse(first.url().equals(second.url()), "each database is fresh");
        try (Stream<Path> files = Files.walk(scratch)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertFalse(written.isEmpty(), "the H2 files are in the scratch folder");
        }
    }
}
