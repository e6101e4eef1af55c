package ee.lim.spi.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.SupportTier;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The eligibility rules of a service. A {@code null} bound or an empty set means no rule.
 *
 * @param minAge the lowest age in years, or {@code null}
 * @param maxAge the highest age in years, or {@code null}
 * @param minGrade the lowest grade, or {@code null}
 * @param maxGrade the highest grade, or {@code null}
 * @param municipalities the municipality codes served; empty for everywhere; never {@code null}
 * @param languages the ISO 639 codes the service works in; empty for any; never {@code null}
 * @param requiredTier the support tier a student must already receive, or {@code null}
 * @param consentRequired whether a referral needs consent first
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Eligibility(
        Integer minAge,
        Integer maxAge,
        Integer minGrade,
        Integer maxGrade,
        Set<String> municipalities,
        Set<String> languages,
        SupportTier requiredTier,
        boolean consentRequired) {

    /** No rules at all: everyone is eligible. */
    public static final Eligibility OPEN =
            new Eligibility(null, null, null, null, Set.of(), Set.of(), null, false);

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param minAge the lowest age in years, or {@code null}
     * @param maxAge the highest age in years, or {@code null}
     * @param minGrade the lowest grade, or {@code null}
     * @param maxGrade the highest grade, or {@code null}
     * @param municipalities the municipality codes served; empty for everywhere; never {@code null}
     * @param languages the ISO 639 codes the service works in; empty for any; never {@code null}
     * @param requiredTier the support tier a student must already receive, or {@code null}
     * @param consentRequired whether a referral needs consent first
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Eligibility {
        Checks.require(
                minAge == null || maxAge == null || minAge <= maxAge,
                "Eligibility.maxAge",
                "Eligibility.maxAge " + maxAge + " is below minAge " + minAge);
        Checks.require(
                minGrade == null || maxGrade == null || minGrade <= maxGrade,
                "Eligibility.maxGrade",
                "Eligibility.maxGrade " + maxGrade + " is below minGrade " + minGrade);
        municipalities = Checks.setOf(municipalities, "Eligibility.municipalities");
        languages = Checks.setOf(languages, "Eligibility.languages");
    }
}
