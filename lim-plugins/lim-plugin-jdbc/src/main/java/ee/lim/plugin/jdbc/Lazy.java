package ee.lim.plugin.jdbc;

import ee.lim.plugin.jdbc.internal.Database;
import java.util.function.Supplier;

/** Opens a database once, on first use, so that discovery by ServiceLoader touches no file. */
final class Lazy implements AutoCloseable {
    private final Supplier<Database> opener;
    private Database database;

    Lazy(Supplier<Database> opener) {
        this.opener = opener;
    }

    synchronized Database get() {
        if (database == null) {
            database = opener.get();
        }
        return database;
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
        }
    }
}
