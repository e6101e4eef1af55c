package ee.lim.plugin.jdbc;

import ee.lim.spi.AuditSink;
import ee.lim.testkit.AuditSinkContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class H2AuditSinkTest extends AuditSinkContract {
    private final List<JdbcAuditSink> opened = new ArrayList<>();

    /** Holds this test's H2 files; JUnit deletes it after each test. */
    @TempDir Path scratch;

    @AfterEach
    void close() {
        opened.forEach(JdbcAuditSink::close);
    }

    @Override
    protected AuditSink createPlugin() {
        JdbcAuditSink sink = Databases.H2.fresh(scratch).auditSink();
        opened.add(sink);
        return sink;
    }
}
