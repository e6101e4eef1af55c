package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.SupportTier;
import ee.lim.spi.service.Place;
import org.apiguardian.api.API;

/**
 * The facts about one student that eligibility and matching read, beyond the {@link Student} record
 * itself.
 *
 * @param student the student: age, grade, municipality and language come from it; never {@code
 *     null}
 * @param supportTierKnown whether the school has stated the student's current support tier; if
 *     {@code false}, a service that requires a tier is {@code UNKNOWN} for the student
 * @param supportTier the tier the student currently receives, or {@code null} for none (only
 *     meaningful when {@code supportTierKnown})
 * @param consent the consent status for referrals; never {@code null}
 * @param home where the student lives, for travel distance, or {@code null} if unknown
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StudentFacts(
        Student student,
        boolean supportTierKnown,
        SupportTier supportTier,
        ConsentStatus consent,
        Place home) {

    /**
     * Creates the record, validating the fields.
     *
     * @param student the student; never {@code null}
     * @param supportTierKnown whether the current support tier is known
     * @param supportTier the current tier, or {@code null} for none
     * @param consent the consent status; never {@code null}
     * @param home where the student lives, or {@code null}
     * @throws ee.lim.spi.InvalidInputException if {@code student} or {@code consent} is null, or a
     *     tier is given while {@code supportTierKnown} is false
     */
    public StudentFacts {
        Checks.present(student, "StudentFacts.student");
        Checks.present(consent, "StudentFacts.consent");
        Checks.require(
                supportTierKnown || supportTier == null,
                "StudentFacts.supportTier",
                "StudentFacts.supportTier is set but supportTierKnown is false; set both or"
                        + " neither");
    }

    /**
     * Creates facts with a known support tier.
     *
     * @param student the student; never {@code null}
     * @param supportTier the current tier, or {@code null} for none
     * @param consent the consent status; never {@code null}
     * @param home where the student lives, or {@code null}
     * @return the facts
     */
    public static StudentFacts of(
            Student student, SupportTier supportTier, ConsentStatus consent, Place home) {
        return new StudentFacts(student, true, supportTier, consent, home);
    }
}
