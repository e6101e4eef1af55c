package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.coordination.LegalBasis;
import ee.lim.spi.model.Sector;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A duty set by law that permits an access whatever the consent, such as the duty of anyone to
 * notify the local government of a child in need. An access under it is never blocked by a missing
 * or refused consent, needs no case-team membership, and is recorded in the audit trail with the
 * duty as its legal basis.
 *
 * @param reference the law and section, such as {@code "Child Protection Act §27"}; never blank
 * @param operations the operations it permits; never empty
 * @param categories the data categories it permits; never empty
 * @param actorSectors the sectors whose specialists it binds; empty for everyone
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StatutoryDuty(
        String reference,
        Set<Operation> operations,
        Set<DataCategory> categories,
        Set<Sector> actorSectors) {

    /** The duty of anyone to notify the local government of a child in need. */
    public static final String CHILD_IN_NEED_NOTIFICATION = "Child Protection Act §27";

    /** The duty to notify of a child in danger at once. */
    public static final String CHILD_IN_DANGER_NOTIFICATION = "Child Protection Act §30";

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param reference the law and section, such as {@code "Child Protection Act §27"}; never blank
     * @param operations the operations it permits; never empty
     * @param categories the data categories it permits; never empty
     * @param actorSectors the sectors whose specialists it binds; empty for everyone
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public StatutoryDuty {
        Checks.notBlank(reference, "StatutoryDuty.reference");
        operations = Checks.setOf(operations, "StatutoryDuty.operations");
        Checks.require(
                !operations.isEmpty(),
                "StatutoryDuty.operations",
                "StatutoryDuty.operations is empty");
        categories = Checks.setOf(categories, "StatutoryDuty.categories");
        Checks.require(
                !categories.isEmpty(),
                "StatutoryDuty.categories",
                "StatutoryDuty.categories is empty");
        actorSectors = Checks.setOf(actorSectors, "StatutoryDuty.actorSectors");
    }

    /**
     * Tells whether the duty permits an access.
     *
     * @param sector the actor's sector; never {@code null}
     * @param category the data category; never {@code null}
     * @param operation the operation; never {@code null}
     * @return {@code true} if covered
     */
    public boolean permits(Sector sector, DataCategory category, Operation operation) {
        return operations.contains(operation)
                && categories.contains(category)
                && (actorSectors.isEmpty() || actorSectors.contains(sector));
    }

    /**
     * Returns the legal basis recorded for an access under this duty.
     *
     * @return a {@link LegalBasis.Kind#STATUTORY_DUTY} basis naming {@link #reference()}
     */
    public LegalBasis legalBasis() {
        return new LegalBasis(LegalBasis.Kind.STATUTORY_DUTY, reference);
    }
}
