package ee.lim.core.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import ee.lim.spi.AuditSink;
import ee.lim.spi.coordination.AuditEntry;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.coordination.LegalBasis;
import ee.lim.spi.model.StudentKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class AuditTrailTest {
    private static final List<DataCategory> CATEGORIES = List.of(DataCategory.values());
    private static final long SEED = Long.getLong("lim.test.seed", System.nanoTime());
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-09-01T08:00:00.123456789Z"), ZoneOffset.UTC);

    static {
        System.out.println("AuditTrailTest seed: " + SEED + " (rerun with -Dlim.test.seed)");
    }

    private static AuditTrail filled(AuditSink sink, int count) {
        AuditTrail trail = new AuditTrail(sink, CLOCK);
        for (int i = 0; i < count; i++) {
            trail.append(
                    "sp-" + i,
                    i % 2 == 0 ? "case.read" : "referral.send",
                    new StudentKey("stu-" + (i % 4)),
                    CATEGORIES.get(i % CATEGORIES.size()),
                    "case-coordination",
                    new LegalBasis(LegalBasis.Kind.CONSENT, "consent-" + i));
        }
        return trail;
    }

    /** A sink that returns stored entries after a change made behind the trail's back. */
    private static final class TamperedSink implements AuditSink {
        private final List<AuditEntry> shown;

        TamperedSink(List<AuditEntry> shown) {
            this.shown = shown;
        }

        @Override
        public String id() {
            return "tampered";
        }

        @Override
        public String version() {
            return "0";
        }

        @Override
        public int spiVersion() {
            return ee.lim.spi.SpiVersion.CURRENT;
        }

        @Override
        public void append(AuditEntry entry) {
            throw new UnsupportedOperationException("read-only view");
        }

        @Override
        public List<AuditEntry> read(long fromSequence, int limit) {
            int from = (int) Math.min(fromSequence, shown.size());
            return List.copyOf(shown.subList(from, Math.min(shown.size(), from + limit)));
        }

        @Override
        public Optional<AuditEntry> last() {
            return shown.isEmpty() ? Optional.empty() : Optional.of(shown.get(shown.size() - 1));
        }
    }

    private static AuditEntry withAction(AuditEntry e, String action) {
        return new AuditEntry(
                e.sequence(),
                e.actorId(),
                action,
                e.student(),
                e.category(),
                e.purpose(),
                e.basis(),
                e.at(),
                e.previousHash(),
                e.hash());
    }

    /** Independent SHA-256 over the documented encoding, to pin the format. */
    private static String expectedHash(AuditEntry e) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (String field :
                List.of(
                        "lim-audit-v1",
                        Long.toString(e.sequence()),
                        e.actorId(),
                        e.action(),
                        e.student().value(),
                        e.category().name(),
                        e.purpose(),
                        e.basis().kind().name(),
                        e.basis().reference(),
                        e.at().toString(),
                        e.previousHash())) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            out.write(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
            out.write(bytes);
        }
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    }

    @Test
    void append_chainsHashesOverCanonicalEncoding() throws Exception {
        InMemoryAuditSink sink = new InMemoryAuditSink();
        filled(sink, 5);

        List<AuditEntry> entries = sink.read(0, 10);

        assertEquals(AuditEntry.GENESIS, entries.get(0).previousHash());
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(i, entries.get(i).sequence());
            assertEquals(expectedHash(entries.get(i)), entries.get(i).hash());
            if (i > 0) {
                assertEquals(entries.get(i - 1).hash(), entries.get(i).previousHash());
            }
        }
        assertEquals(Instant.parse("2026-09-01T08:00:00.123456Z"), entries.get(0).at());
    }

    @Test
    void verify_untouched_isIntactWithHead() {
        InMemoryAuditSink sink = new InMemoryAuditSink();
        AuditTrail trail = filled(sink, 2500);

        AuditVerification result = trail.verify();

        assertTrue(result.intact());
        assertEquals(2500, result.entries());
        assertEquals(sink.last().orElseThrow().hash(), result.headHash());
    }

    @Test
    void verify_empty_isIntact() {
        AuditVerification result = AuditTrail.verify(new InMemoryAuditSink());

        assertTrue(result.intact());
        assertEquals(AuditEntry.GENESIS, result.headHash());
    }

    @Test
    void verify_changedRemovedOrMoved_reportsFirstBadPosition() {
        qt().withFixedSeed(SEED)
                .withExamples(200)
                .forAll(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE))
                .checkAssert(
                        seed -> {
                            Random random = new Random(seed);
                            int count = 2 + random.nextInt(30);
                            InMemoryAuditSink original = new InMemoryAuditSink();
                            filled(original, count);
                            List<AuditEntry> shown = new ArrayList<>(original.read(0, 100));
                            int kind = random.nextInt(3);
                            int position = random.nextInt(count - 1);
                            if (kind == 0) {
                                shown.set(position, withAction(shown.get(position), "case.delete"));
                            } else if (kind == 1) {
                                shown.remove(position);
                            } else {
                                AuditEntry moved = shown.remove(position);
                                shown.add(position + 1, moved);
                            }

                            AuditVerification result = AuditTrail.verify(new TamperedSink(shown));

                            assertFalse(result.intact(), "seed " + seed + " kind " + kind);
                            assertEquals(position, result.firstBadPosition(), "seed " + seed);
                        });
    }

    @Test
    void verify_tailCut_keptHeadReveals() {
        InMemoryAuditSink sink = new InMemoryAuditSink();
        String head = filled(sink, 6).verify().headHash();
        List<AuditEntry> shown = new ArrayList<>(sink.read(0, 10));
        shown.remove(5);

        AuditVerification result = AuditTrail.verify(new TamperedSink(shown));

        assertTrue(result.intact(), "a cut tail leaves a consistent chain");
        assertNotEquals(head, result.headHash());
    }

    @Test
    void append_fromManyTrailsAtOnce_keepsOneChain() throws Exception {
        InMemoryAuditSink sink = new InMemoryAuditSink();
        int writers = 4;
        int perWriter = 50;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                // Separate trails over one sink, as separate processes over one database.
                AuditTrail trail = new AuditTrail(sink, CLOCK);
                done.add(
                        pool.submit(
                                () -> {
                                    for (int i = 0; i < perWriter; i++) {
                                        trail.append(
                                                "sp-1",
                                                "case.read",
                                                new StudentKey("stu-1"),
                                                DataCategory.CASE,
                                                "case-coordination",
                                                new LegalBasis(
                                                        LegalBasis.Kind.PUBLIC_TASK, "school"));
                                    }
                                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        AuditVerification result = AuditTrail.verify(sink);

        assertTrue(result.intact());
        assertEquals((long) writers * perWriter, result.entries());
    }
}
