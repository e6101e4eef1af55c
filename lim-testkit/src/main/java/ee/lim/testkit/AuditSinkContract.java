package ee.lim.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ee.lim.spi.AuditSink;
import ee.lim.spi.ConflictException;
import ee.lim.spi.coordination.AuditEntry;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.coordination.LegalBasis;
import ee.lim.spi.model.StudentKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link AuditSink}: entries come back exactly as appended, in sequence order,
 * and an append that does not extend the chain throws {@link ConflictException} and stores nothing,
 * also when two writers race.
 *
 * <p>{@link #createPlugin()} must return a new, empty sink on every call.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class AuditSinkContract extends LimPluginContract<AuditSink> {
    private static final List<DataCategory> CATEGORIES = List.of(DataCategory.values());
    private static final Instant AT = Instant.parse("2026-09-01T08:15:30.123456Z");

    /** Creates the contract. */
    protected AuditSinkContract() {}

    @Override
    protected final Class<? super AuditSink> role() {
        return AuditSink.class;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Builds a chain of entries for tests. The hashes are well-formed but not the core's; a sink
     * stores them as given.
     *
     * @param count the number of entries
     * @return the entries, sequence {@code 0} first
     */
    protected static List<AuditEntry> chain(int count) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditEntry.GENESIS;
        for (int i = 0; i < count; i++) {
            String hash = sha256(previous + i);
            entries.add(
                    new AuditEntry(
                            i,
                            "sp-" + (i % 3),
                            i % 2 == 0 ? "case.read" : "referral.send",
                            new StudentKey("stu-" + (i % 5)),
                            CATEGORIES.get(i % CATEGORIES.size()),
                            "case-coordination",
                            i % 4 == 0
                                    ? new LegalBasis(
                                            LegalBasis.Kind.STATUTORY_DUTY,
                                            "Child Protection Act §27")
                                    : new LegalBasis(LegalBasis.Kind.CONSENT, "consent-" + i),
                            AT.plusSeconds(i),
                            previous,
                            hash));
            previous = hash;
        }
        return entries;
    }

    @Test
    void read_empty_isEmpty() {
        AuditSink sink = createPlugin();

        assertEquals(List.of(), sink.read(0, 10));
        assertEquals(Optional.empty(), sink.last());
    }

    @Test
    void append_chain_readsBackEqualInOrder() {
        AuditSink sink = createPlugin();
        List<AuditEntry> entries = chain(7);

        for (AuditEntry entry : entries) {
            sink.append(entry);
        }

        assertEquals(entries, sink.read(0, 100));
        assertEquals(Optional.of(entries.get(6)), sink.last());
    }

    @Test
    void read_pages_coverChainOnce() {
        AuditSink sink = createPlugin();
        List<AuditEntry> entries = chain(11);
        entries.forEach(sink::append);

        List<AuditEntry> paged = new ArrayList<>();
        for (long from = 0; from < 11; from += 4) {
            paged.addAll(sink.read(from, 4));
        }

        assertEquals(entries, paged);
        assertEquals(List.of(), sink.read(11, 4));
    }

    @Test
    void append_skippedSequence_throwsConflict() {
        AuditSink sink = createPlugin();
        List<AuditEntry> entries = chain(3);
        sink.append(entries.get(0));

        assertThrows(ConflictException.class, () -> sink.append(entries.get(2)));

        assertEquals(List.of(entries.get(0)), sink.read(0, 10));
    }

    @Test
    void append_repeatedSequence_throwsConflict() {
        AuditSink sink = createPlugin();
        List<AuditEntry> entries = chain(2);
        sink.append(entries.get(0));
        sink.append(entries.get(1));

        assertThrows(ConflictException.class, () -> sink.append(entries.get(1)));

        assertEquals(entries, sink.read(0, 10));
    }

    @Test
    void append_wrongPreviousHash_throwsConflict() {
        AuditSink sink = createPlugin();
        List<AuditEntry> entries = chain(2);
        sink.append(entries.get(0));
        AuditEntry second = entries.get(1);
        AuditEntry forked =
                new AuditEntry(
                        1,
                        second.actorId(),
                        second.action(),
                        second.student(),
                        second.category(),
                        second.purpose(),
                        second.basis(),
                        second.at(),
                        sha256("another chain"),
                        second.hash());

        assertThrows(ConflictException.class, () -> sink.append(forked));

        assertEquals(List.of(entries.get(0)), sink.read(0, 10));
    }

    @Test
    void append_racingWriters_onlyOneExtendsChain() throws Exception {
        AuditSink sink = createPlugin();
        AuditEntry first = chain(1).get(0);
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                results.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    try {
                                        sink.append(first);
                                        return true;
                                    } catch (ConflictException e) {
                                        return false;
                                    }
                                }));
            }
            start.countDown();
            int appended = 0;
            for (Future<Boolean> result : results) {
                appended += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertEquals(1, appended, "appends that succeeded");
            assertEquals(List.of(first), sink.read(0, 10));
        } finally {
            pool.shutdownNow();
        }
    }
}
