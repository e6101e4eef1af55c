package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.coordination.AuditEntry;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Append-only storage of the hash-chained audit trail. The core's audit trail computes the hashes;
 * the sink keeps the entries in sequence order and never changes or removes one.
 *
 * <p>An append must extend the stored chain: its sequence is one past the last one and its previous
 * hash is the last entry's hash ({@link AuditEntry#GENESIS} for the first). Otherwise the sink
 * throws {@link ConflictException} and stores nothing, so that two writers cannot fork the chain.
 * Implementations are thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface AuditSink extends LimPlugin {
    /**
     * Appends an entry at the end of the chain.
     *
     * @param entry the entry; never {@code null}
     * @throws ConflictException if the entry does not extend the stored chain; nothing was stored
     * @throws PluginException if the storage fails; nothing was stored
     */
    void append(AuditEntry entry);

    /**
     * Returns the last entry.
     *
     * @return the entry with the highest sequence, or empty for an empty trail; never {@code null}
     * @throws PluginException if the storage fails
     */
    Optional<AuditEntry> last();

    /**
     * Reads entries in stored order, for verification and export.
     *
     * @param fromSequence the first sequence to read; never negative
     * @param limit the most entries to return; positive
     * @return the entries in the order the storage returns them by sequence; never {@code null}
     * @throws PluginException if the storage fails
     */
    List<AuditEntry> read(long fromSequence, int limit);
}
