package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One step of an {@link EscalationLadder}, with the roles that may coordinate a case at it.
 *
 * @param rank the position on the ladder, {@code 1} for the first; at least {@code 1}
 * @param name a short name, such as {@code "school support team"}; never blank
 * @param coordinatingRoles the role ids that may coordinate at this level, such as {@code
 *     "sen-coordinator"}; never empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EscalationLevel(int rank, String name, Set<String> coordinatingRoles) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param rank the position on the ladder, {@code 1} for the first; at least {@code 1}
     * @param name a short name, such as {@code "school support team"}; never blank
     * @param coordinatingRoles the role ids that may coordinate at this level, such as {@code
     *     "sen-coordinator"}; never empty
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public EscalationLevel {
        Checks.inRange(rank, 1, Integer.MAX_VALUE, "EscalationLevel.rank");
        Checks.notBlank(name, "EscalationLevel.name");
        coordinatingRoles = Checks.setOf(coordinatingRoles, "EscalationLevel.coordinatingRoles");
        Checks.require(
                !coordinatingRoles.isEmpty(),
                "EscalationLevel.coordinatingRoles",
                "EscalationLevel.coordinatingRoles is empty; name at least one role");
    }
}
