package ee.lim.plugin.jdbc.internal;

import ee.lim.spi.ConflictException;
import ee.lim.spi.LimException;
import ee.lim.spi.PluginException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * A database the stores work on: where connections come from, how transactions run, and the schema
 * migrated on first use. Thread-safe.
 */
public final class Database implements AutoCloseable {
    /** The system property with the JDBC URL of the default database. */
    public static final String URL_PROPERTY = "lim.jdbc.url";

    /** The system property with the user of the default database. */
    public static final String USER_PROPERTY = "lim.jdbc.user";

    /** The system property with the password of the default database. */
    public static final String PASSWORD_PROPERTY = "lim.jdbc.password";

    private final String pluginId;
    private final Connector connector;
    private final Connection keepAlive;

    @FunctionalInterface
    private interface Connector {
        Connection open() throws SQLException;
    }

    private Database(String pluginId, Connector connector, boolean keepOpen) {
        this.pluginId = pluginId;
        this.connector = connector;
        try {
            // An embedded H2 database closes with its last connection; one idle connection keeps
            // it open between operations instead of reopening the file each time.
            this.keepAlive = keepOpen ? connector.open() : null;
            inTransaction(connection -> new Migrator(connection).migrate());
        } catch (SQLException e) {
            throw new PluginException(
                    pluginId,
                    "Cannot open the database: "
                            + e.getMessage()
                            + ". Check the URL, user and password",
                    e);
        }
    }

    /**
     * Opens a database by URL and migrates its schema.
     *
     * @param pluginId the id used in error messages
     * @param url the JDBC URL, such as {@code jdbc:postgresql://127.0.0.1:5432/lim}
     * @param user the user, or {@code null}
     * @param password the password, or {@code null}
     * @return the database
     * @throws PluginException if the database cannot be opened or migrated
     */
    public static Database open(String pluginId, String url, String user, String password) {
        boolean embeddedH2 =
                url.startsWith("jdbc:h2:")
                        && !url.startsWith("jdbc:h2:tcp:")
                        && !url.startsWith("jdbc:h2:ssl:");
        return new Database(
                pluginId, () -> DriverManager.getConnection(url, user, password), embeddedH2);
    }

    /**
     * Opens a database from a data source and migrates its schema.
     *
     * @param pluginId the id used in error messages
     * @param dataSource the data source, usually a connection pool
     * @return the database
     * @throws PluginException if the database cannot be opened or migrated
     */
    public static Database open(String pluginId, DataSource dataSource) {
        return new Database(pluginId, dataSource::getConnection, false);
    }

    /**
     * Opens the default database: the URL in the system property {@value #URL_PROPERTY}, or else an
     * H2 file database at {@code ~/.lim/lim} ({@code lim.mv.db} on disk).
     *
     * @param pluginId the id used in error messages
     * @return the database
     * @throws PluginException if the database cannot be opened or migrated
     */
    public static Database openDefault(String pluginId) {
        return open(
                pluginId,
                defaultUrl(),
                System.getProperty(USER_PROPERTY, "lim"),
                System.getProperty(PASSWORD_PROPERTY, ""));
    }

    /**
     * Returns the URL of the default database.
     *
     * @return the URL from {@value #URL_PROPERTY}, or the H2 file database in the user's home
     */
    public static String defaultUrl() {
        String configured = System.getProperty(URL_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String home = System.getProperty("user.home").replace('\\', '/');
        return "jdbc:h2:file:" + home + "/.lim/lim";
    }

    /**
     * Runs work in one transaction: commits when it returns, rolls back when it throws.
     *
     * @param work the work
     * @param <T> the result type
     * @return the result
     * @throws SQLException if the database fails; the transaction was rolled back
     */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection connection = connector.open()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        }
    }

    /**
     * Runs work in a transaction and turns SQL failures into LIM exceptions; {@link LimException}s
     * thrown by the work pass unchanged.
     *
     * @param what what the work does, for the message, such as {@code "apply a batch"}
     * @param work the work
     * @param <T> the result type
     * @return the result
     * @throws ConflictException if a concurrent transaction forced a rollback (deadlock,
     *     serialisation failure or lock timeout); the caller reloads and retries
     * @throws PluginException if the database fails otherwise
     */
    public <T> T call(String what, SqlWork<T> work) {
        try {
            return inTransaction(work);
        } catch (SQLException e) {
            if (isTransient(e)) {
                throw new ConflictException(
                        "Cannot "
                                + what
                                + ": a concurrent transaction forced a rollback (SQL state "
                                + e.getSQLState()
                                + "); nothing was changed. Reload and retry");
            }
            throw new PluginException(
                    pluginId,
                    "Cannot "
                            + what
                            + ": "
                            + e.getMessage()
                            + " (SQL state "
                            + e.getSQLState()
                            + "); nothing was changed",
                    e);
        }
    }

    /**
     * Tells whether an exception reports a unique-key violation.
     *
     * @param e the exception
     * @return {@code true} for SQL state 23505, as PostgreSQL and H2 report it
     */
    public static boolean isUniqueViolation(SQLException e) {
        for (SQLException current = e; current != null; current = current.getNextException()) {
            if ("23505".equals(current.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether an exception reports a serialisation failure or deadlock, after which a retry
     * may succeed.
     *
     * @param e the exception
     * @return {@code true} for SQL states 40001 and 40P01, or an H2 lock timeout
     */
    public static boolean isTransient(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState().toUpperCase(Locale.ROOT);
        return state.equals("40001") || state.equals("40P01") || state.equals("HYT00");
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollback) {
            cause.addSuppressed(rollback);
        }
    }

    @Override
    public void close() {
        if (keepAlive != null) {
            try {
                keepAlive.close();
            } catch (SQLException e) {
                throw new PluginException(
                        pluginId, "Cannot close the database: " + e.getMessage(), e);
            }
        }
    }
}
