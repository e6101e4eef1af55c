package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.Specialist;
import org.apiguardian.api.API;

/**
 * The acting user and the purpose of the work. The embedding application builds one from its own
 * signed-in user and passes it with every call. LIM keeps no user in thread-locals or other global
 * state.
 *
 * @param actor the acting specialist, with role, sector and organisation; never {@code null}
 * @param purpose the purpose of the work, such as {@code "case-coordination"}; consents are given
 *     per purpose; never blank
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AccessContext(Specialist actor, String purpose) {
    /** The purpose of ordinary case work. */
    public static final String CASE_COORDINATION = "case-coordination";

    /**
     * Creates the record, validating the fields.
     *
     * @param actor the acting specialist, with role, sector and organisation; never {@code null}
     * @param purpose the purpose of the work, such as {@code "case-coordination"}; consents are
     *     given per purpose; never blank
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public AccessContext {
        Checks.present(actor, "AccessContext.actor");
        Checks.notBlank(purpose, "AccessContext.purpose");
    }
}
