package ee.lim.spi.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The answer of an eligibility check: eligible, not eligible (with the reasons), or unknown (with
 * the facts that are missing).
 *
 * @param status the answer; never {@code null}
 * @param reasons why a student is not eligible, as short codes such as {@code "age-above-max"};
 *     never {@code null}
 * @param missing the facts whose absence made the answer unknown; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EligibilityResult(Status status, List<String> reasons, Set<EligibilityFact> missing) {

    /** The three answers. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Status {
        /** Every rule is met. */
        ELIGIBLE,
        /** At least one rule is broken. */
        NOT_ELIGIBLE,
        /** No rule is broken, but some facts are missing. */
        UNKNOWN
    }

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param status the answer; never {@code null}
     * @param reasons why a student is not eligible, as short codes such as {@code "age-above-max"};
     *     never {@code null}
     * @param missing the facts whose absence made the answer unknown; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public EligibilityResult {
        Checks.present(status, "EligibilityResult.status");
        reasons = Checks.listOf(reasons, "EligibilityResult.reasons");
        missing = Checks.setOf(missing, "EligibilityResult.missing");
        Checks.require(
                (status == Status.NOT_ELIGIBLE) == !reasons.isEmpty(),
                "EligibilityResult.reasons",
                "EligibilityResult.reasons must be non-empty exactly when the status is"
                        + " NOT_ELIGIBLE");
        Checks.require(
                status != Status.UNKNOWN || !missing.isEmpty(),
                "EligibilityResult.missing",
                "EligibilityResult.missing must name the missing facts when the status is UNKNOWN");
    }
}
