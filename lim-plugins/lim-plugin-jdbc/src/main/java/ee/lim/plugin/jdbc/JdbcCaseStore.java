package ee.lim.plugin.jdbc;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.plugin.jdbc.internal.Database;
import ee.lim.plugin.jdbc.internal.RecordCodec;
import ee.lim.plugin.jdbc.internal.RecordTable;
import ee.lim.spi.CaseStore;
import ee.lim.spi.Checks;
import ee.lim.spi.ConflictException;
import ee.lim.spi.PluginException;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.coordination.CaseRecord;
import ee.lim.spi.model.StudentKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;

/**
 * A {@link CaseStore} on JDBC, for PostgreSQL and H2.
 *
 * <p>Each record type has its own table; a row keeps the record as JSON beside its id, student key,
 * version and a few lookup columns. A batch runs in one transaction, so a failure or a killed
 * process in the middle leaves nothing of it. An update runs {@code UPDATE ... WHERE id = ? AND
 * version = ?}; when no row matches, the batch rolls back and {@link ConflictException} is thrown.
 * The schema is created or migrated when the store opens.
 *
 * <p>Construct it with {@link #open(String, String, String)} or {@link #open(DataSource)}. The
 * public no-argument constructor is for {@link java.util.ServiceLoader}: it opens the database
 * named by the system property {@code lim.jdbc.url} (with {@code lim.jdbc.user} and {@code
 * lim.jdbc.password}), or else an H2 file database at {@code ~/.lim/lim}, on first use. An embedded
 * H2 file is for one process at a time.
 *
 * <p>Thread-safe. Close it to release the database.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JdbcCaseStore implements CaseStore, AutoCloseable {
    static final String ID = "jdbc-case-store";

    private final Lazy database;
    private final RecordCodec codec = new RecordCodec();
    private volatile IntConsumer afterChange = index -> {};

    /**
     * Creates a store on the default database, opened on first use. Meant for {@link
     * java.util.ServiceLoader}; applications call {@link #open(String, String, String)}.
     */
    public JdbcCaseStore() {
        this.database = new Lazy(() -> Database.openDefault(ID));
    }

    private JdbcCaseStore(Database database) {
        this.database = new Lazy(() -> database);
        this.database.get();
    }

    /**
     * Opens a store by JDBC URL and creates or migrates its tables.
     *
     * @param url the JDBC URL, such as {@code jdbc:postgresql://127.0.0.1:5432/lim} or {@code
     *     jdbc:h2:file:/var/lib/lim/lim}; never blank
     * @param user the database user, or {@code null}
     * @param password the password, or {@code null}
     * @return the store; never {@code null}
     * @throws PluginException if the database cannot be reached or migrated
     */
    public static JdbcCaseStore open(String url, String user, String password) {
        Checks.notBlank(url, "url");
        return new JdbcCaseStore(Database.open(ID, url, user, password));
    }

    /**
     * Opens a store on a data source, usually a connection pool, and creates or migrates its
     * tables.
     *
     * @param dataSource the data source; never {@code null}
     * @return the store; never {@code null}
     * @throws PluginException if the database cannot be reached or migrated
     */
    public static JdbcCaseStore open(DataSource dataSource) {
        Checks.present(dataSource, "dataSource");
        return new JdbcCaseStore(Database.open(ID, dataSource));
    }

    /** Sets a hook run after each change of a batch is written, before the commit; for tests. */
    void afterChange(IntConsumer hook) {
        this.afterChange = hook;
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
        return "Cases, plans, meetings, referrals and consents in PostgreSQL or H2";
    }

    @Override
    public List<CaseRecord> apply(List<Change> changes) {
        List<Change> batch = Checks.listOf(changes, "changes");
        return database.get()
                .call("apply a batch of " + batch.size() + " changes", c -> write(c, batch));
    }

    private List<CaseRecord> write(Connection connection, List<Change> batch) throws SQLException {
        List<CaseRecord> stored = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Change change = batch.get(i);
            CaseRecord record = change.record();
            RecordTable table = RecordTable.of(record.getClass());
            if (change.kind() == Change.Kind.CREATE) {
                stored.add(insert(connection, table, record));
            } else {
                stored.add(update(connection, table, record));
            }
            afterChange.accept(i);
        }
        return List.copyOf(stored);
    }

    private CaseRecord insert(Connection connection, RecordTable table, CaseRecord record)
            throws SQLException {
        CaseRecord saved = record.withVersion(1);
        try (PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
            int index = 1;
            insert.setString(index++, saved.id());
            insert.setString(index++, saved.student().value());
            insert.setLong(index++, saved.version());
            index = setExtras(insert, index, table, saved);
            insert.setString(index, codec.write(saved));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (Database.isUniqueViolation(e)) {
                throw new ConflictException(
                        record.getClass().getSimpleName()
                                + " "
                                + record.id()
                                + " exists already; choose another id");
            }
            throw e;
        }
        return saved;
    }

    private CaseRecord update(Connection connection, RecordTable table, CaseRecord record)
            throws SQLException {
        CaseRecord saved = record.withVersion(record.version() + 1);
        int updated;
        try (PreparedStatement update = connection.prepareStatement(table.updateSql())) {
            int index = 1;
            update.setLong(index++, saved.version());
            index = setExtras(update, index, table, saved);
            update.setString(index++, codec.write(saved));
            update.setString(index++, record.id());
            update.setLong(index, record.version());
            updated = update.executeUpdate();
        }
        if (updated != 1) {
            Optional<Long> actual = storedVersion(connection, table, record.id());
            throw new ConflictException(
                    record.getClass().getSimpleName()
                            + " "
                            + record.id()
                            + (actual.isPresent()
                                    ? " is at version "
                                            + actual.get()
                                            + ", expected "
                                            + record.version()
                                            + "; reload it and decide again"
                                    : " is not stored; create it first"));
        }
        return saved;
    }

    private static int setExtras(
            PreparedStatement statement, int start, RecordTable table, CaseRecord record)
            throws SQLException {
        int index = start;
        for (Object value : table.extraValues(record)) {
            if (value == null) {
                statement.setNull(index++, Types.DATE);
            } else if (value instanceof java.sql.Date date) {
                statement.setDate(index++, date);
            } else {
                statement.setString(index++, (String) value);
            }
        }
        return index;
    }

    private static Optional<Long> storedVersion(Connection connection, RecordTable table, String id)
            throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement(
                        "SELECT version FROM " + table.table() + " WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    @Override
    public <T extends CaseRecord> Optional<T> find(Class<T> type, String id) {
        Checks.present(type, "type");
        Checks.present(id, "id");
        List<T> found = select(type, "id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public <T extends CaseRecord> List<T> findByStudent(Class<T> type, StudentKey student) {
        Checks.present(type, "type");
        Checks.present(student, "student");
        return select(type, "student_key = ?", student.value());
    }

    @Override
    public <T extends CaseRecord> List<T> findAll(Class<T> type) {
        Checks.present(type, "type");
        return select(type, null, null);
    }

    private <T extends CaseRecord> List<T> select(Class<T> type, String where, String argument) {
        RecordTable table = RecordTable.of(type);
        String sql =
                "SELECT id, version, body FROM "
                        + table.table()
                        + (where == null ? "" : " WHERE " + where)
                        + " ORDER BY id";
        return database.get()
                .call(
                        "read " + table.table(),
                        connection -> {
                            try (PreparedStatement select = connection.prepareStatement(sql)) {
                                if (argument != null) {
                                    select.setString(1, argument);
                                }
                                List<T> records = new ArrayList<>();
                                try (ResultSet rows = select.executeQuery()) {
                                    while (rows.next()) {
                                        records.add(decode(type, table, rows));
                                    }
                                }
                                return List.copyOf(records);
                            }
                        });
    }

    private <T extends CaseRecord> T decode(Class<T> type, RecordTable table, ResultSet rows)
            throws SQLException {
        String id = rows.getString(1);
        try {
            return codec.read(type, rows.getString(3), rows.getLong(2));
        } catch (JacksonException | ee.lim.spi.InvalidInputException e) {
            throw new PluginException(
                    ID,
                    "Row "
                            + id
                            + " of table "
                            + table.table()
                            + " is not a valid "
                            + type.getSimpleName()
                            + "; it was changed outside LIM. Restore it from a backup",
                    e);
        }
    }

    /**
     * Closes the database connection the store keeps open, if any.
     *
     * @throws PluginException if closing fails
     */
    @Override
    public void close() {
        database.close();
    }
}
