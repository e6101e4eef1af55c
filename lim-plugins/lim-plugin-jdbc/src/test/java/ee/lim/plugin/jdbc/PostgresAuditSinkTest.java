package ee.lim.plugin.jdbc;

import ee.lim.spi.AuditSink;
import ee.lim.testkit.AuditSinkContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresServer.class)
class PostgresAuditSinkTest extends AuditSinkContract {
    private final List<JdbcAuditSink> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(JdbcAuditSink::close);
    }

    @Override
    protected AuditSink createPlugin() {
        JdbcAuditSink sink = Databases.POSTGRESQL.fresh(null).auditSink();
        opened.add(sink);
        return sink;
    }
}
