package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.coordination.LegalBasis;
import ee.lim.spi.model.Sector;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One row of the access policy: what a role in a sector may do with which data categories, whether
 * only on the case team, and whether the organisation's public task suffices or a consent is
 * needed.
 *
 * @param role the role id, such as {@code "class-teacher"}; never blank
 * @param sector the sector the role works in; never {@code null}
 * @param categories the data categories; never empty
 * @param operations the operations; never empty
 * @param teamOnly whether the actor must coordinate or be on the case team
 * @param basis {@link LegalBasis.Kind#PUBLIC_TASK} when the role's own task suffices, {@link
 *     LegalBasis.Kind#CONSENT} when a consent must cover the purpose, the recipient and the
 *     category; never {@code STATUTORY_DUTY}, which has {@link StatutoryDuty}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AccessRule(
        String role,
        Sector sector,
        Set<DataCategory> categories,
        Set<Operation> operations,
        boolean teamOnly,
        LegalBasis.Kind basis) {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param role the role id, such as {@code "class-teacher"}; never blank
     * @param sector the sector the role works in; never {@code null}
     * @param categories the data categories; never empty
     * @param operations the operations; never empty
     * @param teamOnly whether the actor must coordinate or be on the case team
     * @param basis {@code PUBLIC_TASK} or {@code CONSENT}; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public AccessRule {
        Checks.notBlank(role, "AccessRule.role");
        Checks.present(sector, "AccessRule.sector");
        categories = Checks.setOf(categories, "AccessRule.categories");
        Checks.require(
                !categories.isEmpty(), "AccessRule.categories", "AccessRule.categories is empty");
        operations = Checks.setOf(operations, "AccessRule.operations");
        Checks.require(
                !operations.isEmpty(), "AccessRule.operations", "AccessRule.operations is empty");
        Checks.present(basis, "AccessRule.basis");
        Checks.require(
                basis != LegalBasis.Kind.STATUTORY_DUTY,
                "AccessRule.basis",
                "AccessRule.basis must be PUBLIC_TASK or CONSENT; declare statutory duties as"
                        + " StatutoryDuty");
    }

    /**
     * Tells whether the rule speaks about an access, before team and consent checks.
     *
     * @param role the actor's role; never {@code null}
     * @param sector the actor's sector; never {@code null}
     * @param category the data category; never {@code null}
     * @param operation the operation; never {@code null}
     * @return {@code true} if role, sector, category and operation match
     */
    public boolean matches(String role, Sector sector, DataCategory category, Operation operation) {
        return this.role.equals(role)
                && this.sector == sector
                && categories.contains(category)
                && operations.contains(operation);
    }
}
