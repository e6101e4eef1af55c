package ee.lim.plugin.jdbc;

import ee.lim.spi.AuditSink;
import ee.lim.testkit.AuditSinkContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class H2AuditSinkTest extends AuditSinkContract {
    private final List<JdbcAuditSink> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(JdbcAuditSink::close);
    }

    @Override
    protected AuditSink createPlugin() {
        JdbcAuditSink sink = Databases.H2.fresh().auditSink();
        opened.add(sink);
        return sink;
    }
}
