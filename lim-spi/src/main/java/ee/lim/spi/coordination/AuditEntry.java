package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.StudentKey;
import java.time.Instant;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One entry of the hash-chained audit trail: who did what with which data category of which
 * student, for which purpose, under which legal basis, and when.
 *
 * <p>{@code hash} is SHA-256 over a canonical encoding of the other fields and {@code
 * previousHash}, so that changing, removing or reordering an entry breaks the chain. The core's
 * audit trail computes it; a sink stores it unchanged.
 *
 * @param sequence the position in the trail, {@code 0} for the first; never negative
 * @param actorId the id of the acting user; never blank
 * @param action what was done, such as {@code "case.read"} or {@code "referral.send"}; never blank
 * @param student the student whose data it was; never {@code null}
 * @param category the data category; never {@code null}
 * @param purpose the purpose id; never blank
 * @param basis the legal basis; never {@code null}
 * @param at when; never {@code null}
 * @param previousHash the hash of the entry before, or 64 zeros for the first; 64 lower-case hex
 *     digits
 * @param hash this entry's hash; 64 lower-case hex digits
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AuditEntry(
        long sequence,
        String actorId,
        String action,
        StudentKey student,
        DataCategory category,
        String purpose,
        LegalBasis basis,
        Instant at,
        String previousHash,
        String hash) {

    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param sequence the position in the trail, {@code 0} for the first; never negative
     * @param actorId the id of the acting user; never blank
     * @param action what was done, such as {@code "case.read"} or {@code "referral.send"}; never
     *     blank
     * @param student the student whose data it was; never {@code null}
     * @param category the data category; never {@code null}
     * @param purpose the purpose id; never blank
     * @param basis the legal basis; never {@code null}
     * @param at when; never {@code null}
     * @param previousHash the hash of the entry before, or 64 zeros for the first; 64 lower-case
     *     hex digits
     * @param hash this entry's hash; 64 lower-case hex digits
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public AuditEntry {
        Checks.require(
                sequence >= 0,
                "AuditEntry.sequence",
                "AuditEntry.sequence must be >= 0, got " + sequence);
        Checks.notBlank(actorId, "AuditEntry.actorId");
        Checks.notBlank(action, "AuditEntry.action");
        Checks.present(student, "AuditEntry.student");
        Checks.present(category, "AuditEntry.category");
        Checks.notBlank(purpose, "AuditEntry.purpose");
        Checks.present(basis, "AuditEntry.basis");
        Checks.present(at, "AuditEntry.at");
        Checks.present(previousHash, "AuditEntry.previousHash");
        Checks.require(
                HEX.matcher(previousHash).matches(),
                "AuditEntry.previousHash",
                "AuditEntry.previousHash must be 64 lower-case hex digits");
        Checks.present(hash, "AuditEntry.hash");
        Checks.require(
                HEX.matcher(hash).matches(),
                "AuditEntry.hash",
                "AuditEntry.hash must be 64 lower-case hex digits");
    }
}
