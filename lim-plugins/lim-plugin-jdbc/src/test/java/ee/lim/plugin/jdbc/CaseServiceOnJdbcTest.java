package ee.lim.plugin.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.core.coordination.AccessContext;
import ee.lim.core.coordination.AccessGuard;
import ee.lim.core.coordination.AccessPolicy;
import ee.lim.core.coordination.AuditTrail;
import ee.lim.core.coordination.AuditVerification;
import ee.lim.core.coordination.CaseService;
import ee.lim.core.coordination.ConsentEvaluator;
import ee.lim.core.coordination.StudentAges;
import ee.lim.spi.ConflictException;
import ee.lim.spi.coordination.Case;
import ee.lim.spi.coordination.EscalationLadder;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.Specialist;
import ee.lim.spi.model.StudentKey;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The case service over the JDBC stores, with two store instances on one database, as two
 * application nodes would have: concurrent changes of one case lose no write, and the audit trail
 * both nodes write stays one valid chain.
 */
@ExtendWith(PostgresServer.class)
class CaseServiceOnJdbcTest {
    /** Holds this test's H2 files; JUnit deletes it after each test. */
    @TempDir Path scratch;

    private static final Specialist TEACHER =
            new Specialist(
                    "sp-teacher", EscalationLadder.CLASS_TEACHER, Sector.EDUCATION, "school-1");
    private static final int THREADS_PER_NODE = 2;
    private static final int CHANGES_PER_THREAD = 4;

    private static CaseService node(JdbcCaseStore store, JdbcAuditSink sink) {
        Clock clock = Clock.systemUTC();
        AuditTrail audit = new AuditTrail(sink, clock);
        AccessGuard guard =
                new AccessGuard(
                        AccessPolicy.standard(),
                        new ConsentEvaluator(18),
                        StudentAges.unknown(),
                        store,
                        audit,
                        clock);
        return new CaseService(store, guard, EscalationLadder.standard(), clock);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void addTeamMember_twoNodesManyThreads_losesNoWrite(Databases database) throws Exception {
        Databases.Target target = database.fresh(scratch);
        AccessContext context = new AccessContext(TEACHER, AccessContext.CASE_COORDINATION);
        AtomicInteger conflicts = new AtomicInteger();
        try (JdbcCaseStore storeA = target.caseStore();
                JdbcAuditSink sinkA = target.auditSink();
                JdbcCaseStore storeB = target.caseStore();
                JdbcAuditSink sinkB = target.auditSink()) {
            List<CaseService> nodes = List.of(node(storeA, sinkA), node(storeB, sinkB));
            Case opened = nodes.get(0).open(context, "case-1", new StudentKey("stu-1"), List.of());
            ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 2 * THREADS_PER_NODE; t++) {
                    CaseService service = nodes.get(t % 2);
                    int thread = t;
                    done.add(
                            pool.submit(
                                    () -> {
                                        for (int i = 0; i < CHANGES_PER_THREAD; i++) {
                                            Specialist member =
                                                    new Specialist(
                                                            "sp-" + thread + "-" + i,
                                                            "youth-worker",
                                                            Sector.YOUTH_WORK,
                                                            "youth-centre");
                                            while (true) {
                                                Case current = service.read(context, opened.id());
                                                try {
                                                    service.addTeamMember(
                                                            context,
                                                            current.id(),
                                                            current.version(),
                                                            member);
                                                    break;
                                                } catch (ConflictException e) {
                                                    conflicts.incrementAndGet();
                                                }
                                            }
                                        }
                                        return null;
                                    }));
                }
                for (Future<?> future : done) {
                    future.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            int changes = 2 * THREADS_PER_NODE * CHANGES_PER_THREAD;
            Case last = storeB.find(Case.class, opened.id()).orElseThrow();
            assertEquals(changes, last.team().size(), "team members added");
            assertEquals(1 + changes, last.version());
            AuditVerification audit = AuditTrail.verify(sinkB);
            assertTrue(audit.intact(), String.valueOf(audit.problem()));
            assertTrue(audit.entries() >= 1 + 2L * changes, "open, reads and changes audited");
            System.out.println(
                    "CaseServiceOnJdbcTest " + database + ": " + conflicts + " conflicts retried");
        }
    }
}
