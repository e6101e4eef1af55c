package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.core.coordination.ConsentDecision.Reason;
import ee.lim.spi.Checks;
import ee.lim.spi.coordination.Consent;
import ee.lim.spi.coordination.ConsentAnswer;
import ee.lim.spi.coordination.ConsentParty;
import ee.lim.spi.coordination.ConsentResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Decides whether the consents on file permit a share of data.
 *
 * <p>A consent permits a share on a day when all of these hold:
 *
 * <ul>
 *   <li>it is about the student and covers the purpose, the recipient (its sector or organisation)
 *       and every category asked for;
 *   <li>the day lies between {@code validFrom} and {@code validTo} and before any withdrawal;
 *   <li>from the jurisdiction's age of consent on, the young person gave it; the guardians' answers
 *       then do not count;
 *   <li>below that age (or when the age is unknown), at least one guardian was asked and every
 *       guardian asked gave it. One guardian's refusal overrides another's consent.
 * </ul>
 *
 * An answer dated after the day, or no answer, counts as a refusal on that day. When several
 * consents cover the share, one that permits it suffices; otherwise the denial names the covering
 * consent with the smallest id.
 *
 * <p>Instances are immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ConsentEvaluator {
    private final int ageOfConsent;

    /**
     * Creates an evaluator.
     *
     * @param ageOfConsent the age in whole years from which the young person decides alone, as the
     *     jurisdiction sets it; from 1 to 25
     * @throws ee.lim.spi.InvalidInputException if the age is outside that range
     */
    public ConsentEvaluator(int ageOfConsent) {
        this.ageOfConsent = Checks.inRange(ageOfConsent, 1, 25, "ConsentEvaluator.ageOfConsent");
    }

    /**
     * Returns the age from which the young person decides alone.
     *
     * @return the age in whole years
     */
    public int ageOfConsent() {
        return ageOfConsent;
    }

    /**
     * Decides a query.
     *
     * @param consents the consents on file, of any students; never {@code null}
     * @param query the share asked about; never {@code null}
     * @return the decision with its reason; never {@code null}
     */
    public ConsentDecision evaluate(List<Consent> consents, ConsentQuery query) {
        Checks.listOf(consents, "consents");
        Checks.present(query, "query");
        List<Consent> covering =
                consents.stream()
                        .filter(c -> c.student().equals(query.student()))
                        .filter(
                                c ->
                                        c.covers(
                                                query.purpose(),
                                                query.recipientSector(),
                                                query.recipientOrganisation(),
                                                query.categories()))
                        .sorted(Comparator.comparing(Consent::id))
                        .toList();
        if (covering.isEmpty()) {
            return new ConsentDecision(false, null, Reason.NOT_COVERED);
        }
        ConsentDecision firstDenial = null;
        for (Consent consent : covering) {
            Reason reason = reasonFor(consent, query);
            if (reason == Reason.GIVEN) {
                return new ConsentDecision(true, consent.id(), reason);
            }
            if (firstDenial == null) {
                firstDenial = new ConsentDecision(false, consent.id(), reason);
            }
        }
        return firstDenial;
    }

    private Reason reasonFor(Consent consent, ConsentQuery query) {
        LocalDate day = query.day();
        if (day.isBefore(consent.validFrom())) {
            return Reason.NOT_YET_VALID;
        }
        if (consent.withdrawnOn() != null && !day.isBefore(consent.withdrawnOn())) {
            return Reason.WITHDRAWN;
        }
        if (consent.validTo() != null && day.isAfter(consent.validTo())) {
            return Reason.EXPIRED;
        }
        boolean decidesAlone =
                query.studentAge().isPresent() && query.studentAge().getAsInt() >= ageOfConsent;
        return decidesAlone ? youngPersonReason(consent, day) : guardiansReason(consent, day);
    }

    private static Reason youngPersonReason(Consent consent, LocalDate day) {
        for (ConsentResponse response : consent.responses()) {
            if (response.party() == ConsentParty.YOUNG_PERSON) {
                ConsentAnswer answer = answerOn(response, day);
                if (answer == ConsentAnswer.GIVEN) {
                    return Reason.GIVEN;
                }
                return answer == ConsentAnswer.REFUSED
                        ? Reason.REFUSED_BY_YOUNG_PERSON
                        : Reason.UNANSWERED;
            }
        }
        return Reason.UNANSWERED;
    }

    private static Reason guardiansReason(Consent consent, LocalDate day) {
        boolean anyGuardian = false;
        boolean anyUnanswered = false;
        for (ConsentResponse response : consent.responses()) {
            if (response.party() != ConsentParty.GUARDIAN) {
                continue;
            }
            anyGuardian = true;
            ConsentAnswer answer = answerOn(response, day);
            if (answer == ConsentAnswer.REFUSED) {
                return Reason.REFUSED_BY_GUARDIAN;
            }
            if (answer == ConsentAnswer.UNANSWERED) {
                anyUnanswered = true;
            }
        }
        if (!anyGuardian) {
            return Reason.NO_GUARDIAN_ASKED;
        }
        return anyUnanswered ? Reason.UNANSWERED : Reason.GIVEN;
    }

    private static ConsentAnswer answerOn(ConsentResponse response, LocalDate day) {
        if (response.answeredOn() == null || response.answeredOn().isAfter(day)) {
            return ConsentAnswer.UNANSWERED;
        }
        return response.answer();
    }
}
