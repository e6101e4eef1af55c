package ee.lim.plugin.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.PluginException;
import ee.lim.spi.coordination.Case;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(PostgresServer.class)
class MigrationTest {
    /** Holds this test's H2 files; JUnit deletes it after each test. */
    @TempDir Path scratch;

    private static List<String> versions(Databases.Target target) throws SQLException {
        try (Connection connection = target.connect();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "SELECT version, script FROM lim_schema_version ORDER BY version")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getInt(1) + " " + rows.getString(2));
            }
            return versions;
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void open_twice_appliesEachScriptOnce(Databases database) throws SQLException {
        Databases.Target target = database.fresh(scratch);
        target.caseStore().close();
        target.auditSink().close();

        assertEquals(List.of("1 V1__case_records.sql", "2 V2__audit_trail.sql"), versions(target));
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void open_newerSchema_isRejected(Databases database) throws SQLException {
        Databases.Target target = database.fresh(scratch);
        target.caseStore().close();
        try (Connection connection = target.connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "INSERT INTO lim_schema_version (version, script, applied_at)"
                            + " VALUES (99, 'V99__future.sql', '2030-01-01T00:00:00Z')");
        }

        PluginException error = assertThrows(PluginException.class, target::caseStore);

        assertTrue(error.getMessage().contains("newer"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void open_concurrently_migratesOnce(Databases database) throws Exception {
        Databases.Target target = database.fresh(scratch);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<JdbcCaseStore>> opened = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                opened.add(pool.submit(target::caseStore));
            }
            for (Future<JdbcCaseStore> future : opened) {
                try (JdbcCaseStore store = future.get(60, TimeUnit.SECONDS)) {
                    assertTrue(store.findAll(Case.class).isEmpty());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(2, versions(target).size());
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void find_rowEditedInvalid_throwsPluginExceptionNamingRow(Databases database)
            throws SQLException {
        Databases.Target target = database.fresh(scratch);
        try (JdbcCaseStore store = target.caseStore()) {
            store.create(SlowBatchMain.draft("case-broken"));
            try (Connection connection = target.connect();
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate(
                        "UPDATE lim_case SET body = '{\"id\":\"case-broken\"}' WHERE id = 'case-broken'");
            }

            PluginException error =
                    assertThrows(
                            PluginException.class, () -> store.find(Case.class, "case-broken"));

            assertTrue(error.getMessage().contains("case-broken"), error.getMessage());
            assertTrue(error.getMessage().contains("lim_case"), error.getMessage());
        }
    }
}
