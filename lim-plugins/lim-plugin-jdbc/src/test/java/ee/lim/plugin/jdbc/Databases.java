package ee.lim.plugin.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The two kinds of database the tests run against, each as a fresh, empty database. */
enum Databases {
    H2,
    POSTGRESQL;

    /** A fresh database: its URL, user and password. */
    record Target(String url, String user, String password) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        JdbcCaseStore caseStore() {
            return JdbcCaseStore.open(url, user, password);
        }

        JdbcAuditSink auditSink() {
            return JdbcAuditSink.open(url, user, password);
        }
    }

    /**
     * Returns a fresh, empty database. An H2 database lives in a new folder under {@code scratch},
     * which the caller owns and deletes (a JUnit {@code @TempDir}); a PostgreSQL database is a new
     * schema on the test server, and {@code scratch} is not used (it may be {@code null}).
     *
     * @param scratch a folder that is deleted after the test
     * @return the database's URL, user and password
     */
    Target fresh(Path scratch) {
        if (this == POSTGRESQL) {
            return new Target(
                    PostgresServer.freshSchema(), PostgresServer.user(), PostgresServer.password());
        }
        try {
            Path dir = Files.createTempDirectory(scratch, "h2-");
            return new Target("jdbc:h2:file:" + dir.resolve("lim"), "lim", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
