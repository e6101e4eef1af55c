package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.AuditSink;
import ee.lim.spi.Checks;
import ee.lim.spi.ConflictException;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.coordination.AuditEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An {@link AuditSink} in memory, for tests, JShell and short-lived tools. Nothing survives the
 * process. Thread-safe; constructed directly, not discovered through {@link
 * java.util.ServiceLoader}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InMemoryAuditSink implements AuditSink {
    private final List<AuditEntry> entries = new ArrayList<>();

    /** Creates an empty sink. */
    public InMemoryAuditSink() {}

    @Override
    public String id() {
        return "in-memory-audit-sink";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "The audit trail in memory";
    }

    @Override
    public synchronized void append(AuditEntry entry) {
        Checks.present(entry, "entry");
        long expectedSequence = entries.size();
        String expectedPrevious =
                entries.isEmpty() ? AuditEntry.GENESIS : entries.get(entries.size() - 1).hash();
        if (entry.sequence() != expectedSequence
                || !entry.previousHash().equals(expectedPrevious)) {
            throw new ConflictException(
                    "audit entry "
                            + entry.sequence()
                            + " does not extend the chain, which ends before sequence "
                            + expectedSequence
                            + "; read the last entry and retry");
        }
        entries.add(entry);
    }

    @Override
    public synchronized Optional<AuditEntry> last() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    @Override
    public synchronized List<AuditEntry> read(long fromSequence, int limit) {
        Checks.require(fromSequence >= 0, "fromSequence", "fromSequence must be >= 0");
        Checks.require(limit > 0, "limit", "limit must be > 0");
        int from = (int) Math.min(fromSequence, entries.size());
        int to = (int) Math.min((long) from + limit, entries.size());
        return List.copyOf(entries.subList(from, to));
    }
}
