package ee.lim.plugin.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.core.coordination.AuditTrail;
import ee.lim.core.coordination.AuditVerification;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.coordination.LegalBasis;
import ee.lim.spi.model.StudentKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tampering with audit rows by SQL, as a database administrator could, is found by verify. */
@ExtendWith(PostgresServer.class)
class AuditTamperTest {
    /** Holds this test's H2 files; JUnit deletes it after each test. */
    @TempDir Path scratch;

    private static final int ENTRIES = 8;
    private static final long SEED = Long.getLong("lim.test.seed", System.nanoTime());
    private static final Random RANDOM = new Random(SEED);

    static {
        System.out.println("AuditTamperTest seed: " + SEED + " (rerun with -Dlim.test.seed)");
    }

    /** A column and a valid value that differs from every value the test writes. */
    private record Tamper(String column, String value) {}

    private static final List<Tamper> TAMPERS =
            List.of(
                    new Tamper("actor_id", "sp-intruder"),
                    new Tamper("action", "case.delete"),
                    new Tamper("student_key", "stu-other"),
                    new Tamper("category", "HEALTH"),
                    new Tamper("purpose", "research"),
                    new Tamper("basis_kind", "PUBLIC_TASK"),
                    new Tamper("basis_reference", "consent-forged"),
                    new Tamper("at_time", "2030-01-01T00:00:00Z"),
                    new Tamper("previous_hash", "a".repeat(64)),
                    new Tamper("hash", "b".repeat(64)));

    private Databases.Target trail(Databases database) {
        Databases.Target target = database.fresh(scratch);
        try (JdbcAuditSink sink = target.auditSink()) {
            AuditTrail trail =
                    new AuditTrail(
                            sink,
                            Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC));
            for (int i = 0; i < ENTRIES; i++) {
                trail.append(
                        "sp-" + (i % 2),
                        "case.read",
                        new StudentKey("stu-" + (i % 3)),
                        DataCategory.CASE,
                        "case-coordination",
                        new LegalBasis(LegalBasis.Kind.CONSENT, "consent-" + i));
            }
            assertTrue(trail.verify().intact(), "untouched trail verifies");
        }
        return target;
    }

    private static AuditVerification verify(Databases.Target target) {
        try (JdbcAuditSink sink = target.auditSink()) {
            return AuditTrail.verify(sink);
        }
    }

    private static void execute(Databases.Target target, String... statements) throws SQLException {
        try (Connection connection = target.connect();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void update_anyColumn_foundAtThatRow(Databases database) throws SQLException {
        for (Tamper tamper : TAMPERS) {
            Databases.Target target = trail(database);
            int row = RANDOM.nextInt(ENTRIES);
            try (Connection connection = target.connect();
                    PreparedStatement update =
                            connection.prepareStatement(
                                    "UPDATE lim_audit SET "
                                            + tamper.column()
                                            + " = ? WHERE seq = ?")) {
                update.setString(1, tamper.value());
                update.setLong(2, row);
                assertEquals(1, update.executeUpdate());
            }

            AuditVerification result = verify(target);

            assertFalse(result.intact(), tamper.column() + " changed at row " + row);
            assertEquals(row, result.firstBadPosition(), tamper.column() + " changed at " + row);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void delete_innerRow_foundAtThatRow(Databases database) throws SQLException {
        Databases.Target target = trail(database);
        int row = RANDOM.nextInt(ENTRIES - 1);
        execute(target, "DELETE FROM lim_audit WHERE seq = " + row);

        AuditVerification result = verify(target);

        assertFalse(result.intact());
        assertEquals(row, result.firstBadPosition());
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void delete_lastRow_changesHeadHash(Databases database) throws SQLException {
        Databases.Target target = trail(database);
        String head = verify(target).headHash();
        execute(target, "DELETE FROM lim_audit WHERE seq = " + (ENTRIES - 1));

        AuditVerification result = verify(target);

        assertEquals(ENTRIES - 1, result.entries());
        assertNotEquals(head, result.headHash(), "a kept head hash reveals the cut-off tail");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void reorder_twoRows_foundAtFirst(Databases database) throws SQLException {
        Databases.Target target = trail(database);
        int row = RANDOM.nextInt(ENTRIES - 1);
        execute(
                target,
                "UPDATE lim_audit SET seq = -1 WHERE seq = " + row,
                "UPDATE lim_audit SET seq = " + row + " WHERE seq = " + (row + 1),
                "UPDATE lim_audit SET seq = " + (row + 1) + " WHERE seq = -1");

        AuditVerification result = verify(target);

        assertFalse(result.intact());
        assertEquals(row, result.firstBadPosition());
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void reorder_contentsOfTwoRows_foundAtFirst(Databases database) throws SQLException {
        Databases.Target target = trail(database);
        int row = RANDOM.nextInt(ENTRIES - 1);
        // Swap every column but the sequence and the hashes.
        String columns =
                "actor_id, action, student_key, category, purpose, basis_kind, basis_reference,"
                        + " at_time";
        execute(
                target,
                "CREATE TABLE lim_swap AS SELECT seq, "
                        + columns
                        + " FROM lim_audit WHERE seq IN ("
                        + row
                        + ", "
                        + (row + 1)
                        + ")",
                "UPDATE lim_audit SET ("
                        + columns
                        + ") = (SELECT "
                        + columns
                        + " FROM lim_swap WHERE lim_swap.seq = "
                        + (row + 1)
                        + ") WHERE seq = "
                        + row,
                "UPDATE lim_audit SET ("
                        + columns
                        + ") = (SELECT "
                        + columns
                        + " FROM lim_swap WHERE lim_swap.seq = "
                        + row
                        + ") WHERE seq = "
                        + (row + 1),
                "DROP TABLE lim_swap");

        AuditVerification result = verify(target);

        assertFalse(result.intact());
        assertEquals(row, result.firstBadPosition());
    }
}
