package ee.lim.plugin.jdbc;

import ee.lim.spi.CaseStore;
import ee.lim.testkit.CaseStoreContract;
import org.junit.jupiter.api.AfterAll;

class H2CaseStoreTest extends CaseStoreContract {
    private static final JdbcCaseStore STORE = Databases.H2.fresh().caseStore();

    @AfterAll
    static void close() {
        STORE.close();
    }

    @Override
    protected CaseStore createPlugin() {
        return STORE;
    }
}
