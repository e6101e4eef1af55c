package ee.lim.core.coordination;

import ee.lim.spi.AuditSink;
import ee.lim.testkit.AuditSinkContract;

class InMemoryAuditSinkTest extends AuditSinkContract {
    @Override
    protected AuditSink createPlugin() {
        return new InMemoryAuditSink();
    }

    @Override
    protected boolean discoverable() {
        return false;
    }
}
