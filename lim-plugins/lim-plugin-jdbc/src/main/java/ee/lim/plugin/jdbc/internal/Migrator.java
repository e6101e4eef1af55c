package ee.lim.plugin.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database's schema up to date. The table {@code lim_schema_version} lists the scripts
 * applied; each missing script runs in its own transaction together with its row in that table, in
 * version order. The prefix keeps LIM's tables apart from others in a shared database.
 *
 * <p>Migrations are serialised: within one JVM by a lock, and across PostgreSQL clients by an
 * advisory lock. PostgreSQL runs DDL inside the transaction, so a failed script leaves nothing
 * behind. H2 commits each DDL statement, so a failed H2 script may leave tables behind. Its version
 * row is then missing, and the next start reports the failure again.
 */
final class Migrator {
    /** The scripts in order; the number is the schema version each brings the database to. */
    static final List<String> SCRIPTS = List.of("V1__case_records.sql", "V2__audit_trail.sql");

    private final Connection connection;

    Migrator(Connection connection) {
        this.connection = connection;
    }

    /** Serialises migrations within this JVM, where H2 embedded databases live. */
    private static final Object JVM_LOCK = new Object();

    /** The PostgreSQL advisory lock key that serialises migrations across processes. */
    private static final long ADVISORY_LOCK = 0x4c494d5f4d494721L;

    Integer migrate() throws SQLException {
        synchronized (JVM_LOCK) {
            boolean postgres =
                    "PostgreSQL"
                            .equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            if (postgres) {
                advisory("pg_advisory_lock");
            }
            try {
                return migrateLocked();
            } finally {
                if (postgres) {
                    advisory("pg_advisory_unlock");
                }
            }
        }
    }

    private void advisory(String function) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT " + function + "(" + ADVISORY_LOCK + ")");
        }
        connection.commit();
    }

    private Integer migrateLocked() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE TABLE IF NOT EXISTS lim_schema_version ("
                            + " version INT PRIMARY KEY,"
                            + " script VARCHAR(200) NOT NULL,"
                            + " applied_at VARCHAR(40) NOT NULL)");
        }
        connection.commit();
        int current = currentVersion();
        if (current > SCRIPTS.size()) {
            throw new SQLException(
                    "the database schema is at version "
                            + current
                            + ", newer than this plugin knows ("
                            + SCRIPTS.size()
                            + "); use a newer lim-plugin-jdbc");
        }
        for (int version = current + 1; version <= SCRIPTS.size(); version++) {
            apply(version, SCRIPTS.get(version - 1));
        }
        return SCRIPTS.size();
    }

    private int currentVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT MAX(version) FROM lim_schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void apply(int version, String script) throws SQLException {
        try {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(read(script))) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement insert =
                    connection.prepareStatement(
                            "INSERT INTO lim_schema_version (version, script, applied_at)"
                                    + " VALUES (?, ?, ?)")) {
                insert.setInt(1, version);
                insert.setString(2, script);
                insert.setString(3, Instant.now().toString());
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            if (currentVersion() >= version) {
                // Another process applied it meanwhile.
                return;
            }
            throw new SQLException(
                    "schema migration " + script + " failed: " + e.getMessage(),
                    e.getSQLState(),
                    e);
        }
    }

    private static String read(String script) throws SQLException {
        try (InputStream in = Migrator.class.getResourceAsStream("migration/" + script)) {
            if (in == null) {
                throw new SQLException("migration script " + script + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read migration script " + script, e);
        }
    }

    /** Splits a script at semicolons that end a line, dropping comment lines. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
