/**
 * A {@link ee.lim.spi.CaseStore} and an {@link ee.lim.spi.AuditSink} on JDBC, for PostgreSQL and H2
 * (an H2 file database is the embedded default). It exports only the two store classes, whose
 * static {@code open} methods connect to a database of the user's choice.
 */
module ee.lim.plugin.jdbc {
    requires ee.lim.spi;
    requires static org.apiguardian.api;
    requires java.sql;
    requires tools.jackson.databind;
    requires com.h2database;

    exports ee.lim.plugin.jdbc;

    provides ee.lim.spi.CaseStore with
            ee.lim.plugin.jdbc.JdbcCaseStore;
    provides ee.lim.spi.AuditSink with
            ee.lim.plugin.jdbc.JdbcAuditSink;
}
