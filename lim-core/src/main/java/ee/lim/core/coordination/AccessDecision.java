package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.coordination.LegalBasis;
import org.apiguardian.api.API;

/**
 * The access policy's answer: permitted under a legal basis, or denied with the reason.
 *
 * @param permitted whether the access may go ahead
 * @param basis the legal basis when permitted, {@code null} when denied
 * @param reason which rule permitted or denied it and what would permit it; it names roles,
 *     sectors, categories and consent ids, never personal data; never blank
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AccessDecision(boolean permitted, LegalBasis basis, String reason) {
    /**
     * Creates the record, validating the fields.
     *
     * @param permitted whether the access may go ahead
     * @param basis the legal basis when permitted, {@code null} when denied
     * @param reason which rule permitted or denied it; never blank
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public AccessDecision {
        Checks.require(
                permitted == (basis != null),
                "AccessDecision.basis",
                "AccessDecision.basis must be present exactly when permitted");
        Checks.notBlank(reason, "AccessDecision.reason");
    }

    static AccessDecision permit(LegalBasis basis, String reason) {
        return new AccessDecision(true, basis, reason);
    }

    static AccessDecision deny(String reason) {
        return new AccessDecision(false, null, reason);
    }
}
