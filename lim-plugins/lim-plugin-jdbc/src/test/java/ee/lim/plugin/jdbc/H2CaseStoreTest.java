package ee.lim.plugin.jdbc;

import ee.lim.spi.CaseStore;
import ee.lim.testkit.CaseStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

class H2CaseStoreTest extends CaseStoreContract {
    /** Holds the H2 files; JUnit deletes it after the last test of the class. */
    @TempDir static Path scratch;

    private static JdbcCaseStore store;

    @AfterAll
    static synchronized void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    @Override
    protected CaseStore createPlugin() {
        return shared();
    }

    private static synchronized JdbcCaseStore shared() {
        if (store == null) {
            store = Databases.H2.fresh(scratch).caseStore();
        }
        return store;
    }
}
