package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import org.apiguardian.api.API;

/**
 * The result of {@link AuditTrail#verify}: whether the chain is intact, and if not, the first
 * position where it breaks and why.
 *
 * @param intact whether every entry checked out
 * @param entries the number of entries read
 * @param firstBadPosition the 0-based position of the first entry that fails, or {@code -1} when
 *     intact
 * @param problem what failed at that position, or {@code null} when intact
 * @param headHash the hash of the last entry read, or {@link
 *     ee.lim.spi.coordination.AuditEntry#GENESIS} for an empty trail; keep it elsewhere to detect a
 *     cut-off tail later; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AuditVerification(
        boolean intact, long entries, long firstBadPosition, String problem, String headHash) {
    /**
     * Creates the record, validating the fields.
     *
     * @param intact whether every entry checked out
     * @param entries the number of entries read
     * @param firstBadPosition the first failing position, or {@code -1} when intact
     * @param problem what failed there, or {@code null} when intact
     * @param headHash the hash of the last entry read; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if the fields contradict each other
     */
    public AuditVerification {
        Checks.require(
                intact == (firstBadPosition == -1) && intact == (problem == null),
                "AuditVerification",
                "AuditVerification has a bad position or problem exactly when not intact");
        Checks.present(headHash, "AuditVerification.headHash");
    }
}
