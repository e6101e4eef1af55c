package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.AuditSink;
import ee.lim.spi.Checks;
import ee.lim.spi.ConflictException;
import ee.lim.spi.coordination.AuditEntry;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.coordination.LegalBasis;
import ee.lim.spi.model.StudentKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.apiguardian.api.API;

/**
 * The append-only, hash-chained audit trail over an {@link AuditSink}.
 *
 * <p>Each entry's hash is SHA-256 over a canonical encoding of its fields and the previous entry's
 * hash. {@link #verify(AuditSink)} recomputes the chain and reports the first entry that was
 * changed, removed or moved. Removing entries from the end leaves a shorter chain that is still
 * consistent; to notice that, keep {@link AuditVerification#headHash()} or the last sequence
 * outside the database and compare.
 *
 * <p>Thread-safe: appends from one instance are serialised, and appends from other processes are
 * ordered by the sink's compare-and-append, retried here.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AuditTrail {
    private static final int MAX_ATTEMPTS = 50;
    private static final long MAX_BACKOFF_NANOS = 20_000_000L;
    private static final int PAGE = 1000;

    private final AuditSink sink;
    private final Clock clock;

    /**
     * Creates a trail.
     *
     * @param sink the storage; never {@code null}
     * @param clock the clock that stamps entries; never {@code null}
     */
    public AuditTrail(AuditSink sink, Clock clock) {
        this.sink = Checks.present(sink, "sink");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * Returns the storage.
     *
     * @return the sink; never {@code null}
     */
    public AuditSink sink() {
        return sink;
    }

    /**
     * Appends an entry at the end of the chain.
     *
     * @param actorId the acting user; never blank
     * @param action what was done; never blank
     * @param student the student; never {@code null}
     * @param category the data category; never {@code null}
     * @param purpose the purpose; never blank
     * @param basis the legal basis; never {@code null}
     * @return the stored entry; never {@code null}
     * @throws ConflictException if other writers kept extending the chain through every retry
     * @throws ee.lim.spi.PluginException if the sink fails
     */
    public synchronized AuditEntry append(
            String actorId,
            String action,
            StudentKey student,
            DataCategory category,
            String purpose,
            LegalBasis basis) {
        ConflictException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<AuditEntry> head = sink.last();
            long sequence = head.map(e -> e.sequence() + 1).orElse(0L);
            String previous = head.map(AuditEntry::hash).orElse(AuditEntry.GENESIS);
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String hash =
                    AuditHash.of(
                            sequence,
                            actorId,
                            action,
                            student.value(),
                            category.name(),
                            purpose,
                            basis.kind().name(),
                            basis.reference(),
                            at.toString(),
                            previous);
            AuditEntry entry =
                    new AuditEntry(
                            sequence, actorId, action, student, category, purpose, basis, at,
                            previous, hash);
            try {
                sink.append(entry);
                return entry;
            } catch (ConflictException e) {
                last = e;
                backOff(attempt);
            }
        }
        throw new ConflictException(
                "The audit trail was extended by other writers during "
                        + MAX_ATTEMPTS
                        + " attempts; retry later. Last conflict: "
                        + last.getMessage());
    }

    /**
     * Waits a random time that grows with the attempt, so that writers racing for the head of the
     * chain stop colliding in lockstep (randomised exponential backoff, capped at 20 ms).
     */
    private static void backOff(int attempt) {
        long ceiling = Math.min(MAX_BACKOFF_NANOS, 50_000L << Math.min(attempt, 20));
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /**
     * Verifies this trail's sink.
     *
     * @return the result; never {@code null}
     * @throws ee.lim.spi.PluginException if the sink fails
     */
    public AuditVerification verify() {
        return verify(sink);
    }

    /**
     * Verifies a sink's chain from the first entry: each entry's sequence equals its position, its
     * previous hash equals the hash of the entry before, and its hash equals the recomputed one.
     *
     * @param sink the storage; never {@code null}
     * @return the result, with the first bad position if any; never {@code null}
     * @throws ee.lim.spi.PluginException if the sink fails
     */
    public static AuditVerification verify(AuditSink sink) {
        Checks.present(sink, "sink");
        long position = 0;
        String previous = AuditEntry.GENESIS;
        while (true) {
            List<AuditEntry> page = sink.read(position, PAGE);
            for (AuditEntry entry : page) {
                String problem = problemOf(entry, position, previous);
                if (problem != null) {
                    return new AuditVerification(false, position + 1, position, problem, previous);
                }
                previous = entry.hash();
                position++;
            }
            if (page.size() < PAGE) {
                return new AuditVerification(true, position, -1, null, previous);
            }
        }
    }

    private static String problemOf(AuditEntry entry, long position, String previous) {
        if (entry.sequence() != position) {
            return "entry at position "
                    + position
                    + " has sequence "
                    + entry.sequence()
                    + "; an entry was removed or moved";
        }
        if (!entry.previousHash().equals(previous)) {
            return "entry at position "
                    + position
                    + " does not link to the entry before; an entry was removed, moved or changed";
        }
        if (!AuditHash.of(entry).equals(entry.hash())) {
            return "entry at position " + position + " does not match its hash; it was changed";
        }
        return null;
    }
}
