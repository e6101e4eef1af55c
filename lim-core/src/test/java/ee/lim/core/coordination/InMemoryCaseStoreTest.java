package ee.lim.core.coordination;

import ee.lim.spi.CaseStore;
import ee.lim.testkit.CaseStoreContract;

class InMemoryCaseStoreTest extends CaseStoreContract {
    private final InMemoryCaseStore store = new InMemoryCaseStore();

    @Override
    protected CaseStore createPlugin() {
        return store;
    }

    @Override
    protected boolean discoverable() {
        return false;
    }
}
