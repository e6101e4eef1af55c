package ee.lim.plugin.jdbc;

import ee.lim.spi.CaseStore;
import ee.lim.testkit.CaseStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresServer.class)
class PostgresCaseStoreTest extends CaseStoreContract {
    private static JdbcCaseStore store;

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    protected synchronized CaseStore createPlugin() {
        if (store == null) {
            store = Databases.POSTGRESQL.fresh(null).caseStore();
        }
        return store;
    }
}
