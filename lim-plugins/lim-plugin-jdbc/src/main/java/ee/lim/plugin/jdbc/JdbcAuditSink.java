package ee.lim.plugin.jdbc;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.plugin.jdbc.internal.Database;
import ee.lim.spi.AuditSink;
import ee.lim.spi.Checks;
import ee.lim.spi.ConflictException;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.PluginException;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.coordination.AuditEntry;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.coordination.LegalBasis;
import ee.lim.spi.model.StudentKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apiguardian.api.API;

/**
 * An {@link AuditSink} on JDBC, for PostgreSQL and H2: one row per entry in table {@code
 * lim_audit}, keyed by sequence. The primary key lets only one writer extend the chain at a
 * position; the loser gets {@link ConflictException}. The sink never updates or deletes a row. To
 * keep others from doing so, grant the application's database user only {@code SELECT} and {@code
 * INSERT} on the table; the core's verify finds any change made anyway.
 *
 * <p>Construct it with {@link #open(String, String, String)} or {@link #open(DataSource)}; the
 * no-argument constructor opens the default database as {@link JdbcCaseStore#JdbcCaseStore()}
 * describes. Thread-safe. Close it to release the database.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JdbcAuditSink implements AuditSink, AutoCloseable {
    static final String ID = "jdbc-audit-sink";
    private static final String COLUMNS =
            "seq, actor_id, action, student_key, category, purpose, basis_kind, basis_reference,"
                    + " at_time, previous_hash, hash";

    private final Lazy database;

    /**
     * Creates a sink on the default database, opened on first use. Meant for {@link
     * java.util.ServiceLoader}; applications call {@link #open(String, String, String)}.
     */
    public JdbcAuditSink() {
        this.database = new Lazy(() -> Database.openDefault(ID));
    }

    private JdbcAuditSink(Database database) {
        this.database = new Lazy(() -> database);
        this.database.get();
    }

    /**
     * Opens a sink by JDBC URL and creates or migrates its tables.
     *
     * @param url the JDBC URL; never blank
     * @param user the database user, or {@code null}
     * @param password the password, or {@code null}
     * @return the sink; never {@code null}
     * @throws PluginException if the database cannot be reached or migrated
     */
    public static JdbcAuditSink open(String url, String user, String password) {
        Checks.notBlank(url, "url");
        return new JdbcAuditSink(Database.open(ID, url, user, password));
    }

    /**
     * Opens a sink on a data source and creates or migrates its tables.
     *
     * @param dataSource the data source; never {@code null}
     * @return the sink; never {@code null}
     * @throws PluginException if the database cannot be reached or migrated
     */
    public static JdbcAuditSink open(DataSource dataSource) {
        Checks.present(dataSource, "dataSource");
        return new JdbcAuditSink(Database.open(ID, dataSource));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "The hash-chained audit trail in PostgreSQL or H2";
    }

    @Override
    public void append(AuditEntry entry) {
        Checks.present(entry, "entry");
        database.get()
                .call(
                        "append audit entry " + entry.sequence(),
                        connection -> {
                            insert(connection, entry);
                            return null;
                        });
    }

    private void insert(Connection connection, AuditEntry entry) throws SQLException {
        Optional<AuditEntry> last = lastEntry(connection);
        long expected = last.map(e -> e.sequence() + 1).orElse(0L);
        String previous = last.map(AuditEntry::hash).orElse(AuditEntry.GENESIS);
        if (entry.sequence() != expected || !entry.previousHash().equals(previous)) {
            throw conflict(entry, expected);
        }
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "INSERT INTO lim_audit ("
                                + COLUMNS
                                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.sequence());
            insert.setString(2, entry.actorId());
            insert.setString(3, entry.action());
            insert.setString(4, entry.student().value());
            insert.setString(5, entry.category().name());
            insert.setString(6, entry.purpose());
            insert.setString(7, entry.basis().kind().name());
            insert.setString(8, entry.basis().reference());
            insert.setString(9, entry.at().toString());
            insert.setString(10, entry.previousHash());
            insert.setString(11, entry.hash());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (Database.isUniqueViolation(e)) {
                throw conflict(entry, expected);
            }
            throw e;
        }
    }

    private static ConflictException conflict(AuditEntry entry, long expected) {
        return new ConflictException(
                "audit entry "
                        + entry.sequence()
                        + " does not extend the chain, which ends before sequence "
                        + expected
                        + "; read the last entry and retry");
    }

    @Override
    public Optional<AuditEntry> last() {
        return database.get().call("read the last audit entry", JdbcAuditSink::lastEntry);
    }

    private static Optional<AuditEntry> lastEntry(Connection connection) throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement(
                                "SELECT " + COLUMNS + " FROM lim_audit ORDER BY seq DESC LIMIT 1");
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(decode(rows)) : Optional.empty();
        }
    }

    @Override
    public List<AuditEntry> read(long fromSequence, int limit) {
        Checks.require(fromSequence >= 0, "fromSequence", "fromSequence must be >= 0");
        Checks.require(limit > 0, "limit", "limit must be > 0");
        return database.get()
                .call(
                        "read the audit trail",
                        connection -> {
                            try (PreparedStatement select =
                                    connection.prepareStatement(
                                            "SELECT "
                                                    + COLUMNS
                                                    + " FROM lim_audit WHERE seq >= ?"
                                                    + " ORDER BY seq LIMIT ?")) {
                                select.setLong(1, fromSequence);
                                select.setInt(2, limit);
                                List<AuditEntry> entries = new ArrayList<>();
                                try (ResultSet rows = select.executeQuery()) {
                                    while (rows.next()) {
                                        entries.add(decode(rows));
                                    }
                                }
                                return List.copyOf(entries);
                            }
                        });
    }

    private static AuditEntry decode(ResultSet rows) throws SQLException {
        long sequence = rows.getLong(1);
        try {
            return new AuditEntry(
                    sequence,
                    rows.getString(2),
                    rows.getString(3),
                    new StudentKey(rows.getString(4)),
                    DataCategory.valueOf(rows.getString(5)),
                    rows.getString(6),
                    new LegalBasis(LegalBasis.Kind.valueOf(rows.getString(7)), rows.getString(8)),
                    Instant.parse(rows.getString(9)),
                    rows.getString(10),
                    rows.getString(11));
        } catch (InvalidInputException | IllegalArgumentException | DateTimeParseException e) {
            throw new PluginException(
                    ID,
                    "audit row "
                            + sequence
                            + " is not a valid entry; it was changed outside LIM. Restore the"
                            + " trail from a backup",
                    e);
        }
    }

    /**
     * Closes the database connection the sink keeps open, if any.
     *
     * @throws PluginException if closing fails
     */
    @Override
    public void close() {
        database.close();
    }
}
