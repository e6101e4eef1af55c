package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import org.apiguardian.api.API;

/**
 * The answer of the {@link ConsentEvaluator}, with the reason.
 *
 * @param permitted whether a consent permits the share
 * @param consentId the consent that permits it, or, when denied, the consent the reason is about;
 *     {@code null} when no consent covers the share
 * @param reason the reason; {@link Reason#GIVEN} exactly when permitted; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ConsentDecision(boolean permitted, String consentId, Reason reason) {

    /** Reasons for a consent decision. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Reason {
        /** Everyone who decides gave consent, and it is in force. */
        GIVEN,
        /** No consent of the student covers the purpose, recipient and categories. */
        NOT_COVERED,
        /** The covering consent applies only from a later day. */
        NOT_YET_VALID,
        /** The covering consent ended before the day. */
        EXPIRED,
        /** The covering consent was withdrawn on or before the day. */
        WITHDRAWN,
        /** A guardian refused; one guardian's refusal overrides another's consent. */
        REFUSED_BY_GUARDIAN,
        /** The young person, old enough to decide, refused. */
        REFUSED_BY_YOUNG_PERSON,
        /** Someone who decides has not answered; an unanswered request counts as a refusal. */
        UNANSWERED,
        /** The student is a minor and no guardian was asked. */
        NO_GUARDIAN_ASKED
    }

    /**
     * Creates the record, validating the fields.
     *
     * @param permitted whether a consent permits the share
     * @param consentId the consent that permits it, or the consent the denial is about; {@code
     *     null} when none covers the share
     * @param reason the reason; {@link Reason#GIVEN} exactly when permitted; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public ConsentDecision {
        Checks.present(reason, "ConsentDecision.reason");
        Checks.require(
                permitted == (reason == Reason.GIVEN),
                "ConsentDecision.reason",
                "ConsentDecision.reason must be GIVEN exactly when permitted, got " + reason);
    }
}
