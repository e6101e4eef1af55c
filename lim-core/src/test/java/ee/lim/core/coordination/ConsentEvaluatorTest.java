package ee.lim.core.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ee.lim.core.coordination.ConsentDecision.Reason;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.coordination.Consent;
import ee.lim.spi.coordination.ConsentAnswer;
import ee.lim.spi.coordination.ConsentParty;
import ee.lim.spi.coordination.ConsentResponse;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsentEvaluatorTest {
    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    private static final StudentKey STUDENT = new StudentKey("stu-1");
    private final ConsentEvaluator evaluator = new ConsentEvaluator(16);

    private static ConsentResponse guardian(String id, ConsentAnswer answer) {
        return new ConsentResponse(
                id, ConsentParty.GUARDIAN, answer, answer == ConsentAnswer.UNANSWERED ? null : DAY);
    }

    private static ConsentResponse youngPerson(ConsentAnswer answer) {
        return new ConsentResponse(
                "yp",
                ConsentParty.YOUNG_PERSON,
                answer,
                answer == ConsentAnswer.UNANSWERED ? null : DAY);
    }

    private static Consent consent(
            LocalDate to, LocalDate withdrawn, ConsentResponse... responses) {
        return new Consent(
                "c-1",
                1,
                STUDENT,
                "referral",
                Set.of(Sector.YOUTH_WORK),
                Set.of("org-1"),
                Set.of(DataCategory.CASE, DataCategory.ATTENDANCE),
                DAY,
                to,
                List.of(responses),
                withdrawn);
    }

    private Reason decide(Consent consent, int age, LocalDate day) {
        return decide(consent, age, day, Sector.YOUTH_WORK, "org-9", Set.of(DataCategory.CASE));
    }

    private Reason decide(
            Consent consent,
            int age,
            LocalDate day,
            Sector sector,
            String org,
            Set<DataCategory> categories) {
        return evaluator
                .evaluate(
                        List.of(consent),
                        new ConsentQuery(
                                STUDENT,
                                "referral",
                                sector,
                                org,
                                categories,
                                day,
                                OptionalInt.of(age)))
                .reason();
    }

    @Test
    void bothGuardiansGive_permitted() {
        Consent both =
                consent(
                        null,
                        null,
                        guardian("g1", ConsentAnswer.GIVEN),
                        guardian("g2", ConsentAnswer.GIVEN));

        assertEquals(Reason.GIVEN, decide(both, 12, DAY));
    }

    @Test
    void oneGuardianRefuses_overridesTheOther() {
        Consent split =
                consent(
                        null,
                        null,
                        guardian("g1", ConsentAnswer.GIVEN),
                        guardian("g2", ConsentAnswer.REFUSED));

        assertEquals(Reason.REFUSED_BY_GUARDIAN, decide(split, 12, DAY));
    }

    @Test
    void unansweredGuardian_countsAsRefusal() {
        Consent waiting =
                consent(
                        null,
                        null,
                        guardian("g1", ConsentAnswer.GIVEN),
                        guardian("g2", ConsentAnswer.UNANSWERED));

        assertEquals(Reason.UNANSWERED, decide(waiting, 12, DAY));
    }

    @Test
    void answerDatedLater_countsAsUnansweredBefore() {
        Consent late =
                consent(
                        null,
                        null,
                        new ConsentResponse(
                                "g1", ConsentParty.GUARDIAN, ConsentAnswer.GIVEN, DAY.plusDays(3)));

        assertEquals(Reason.UNANSWERED, decide(late, 12, DAY.plusDays(2)));
        assertEquals(Reason.GIVEN, decide(late, 12, DAY.plusDays(3)));
    }

    @Test
    void minorWithoutGuardian_denied() {
        Consent alone = consent(null, null, youngPerson(ConsentAnswer.GIVEN));

        assertEquals(Reason.NO_GUARDIAN_ASKED, decide(alone, 15, DAY));
    }

    @Test
    void fromAgeOfConsent_youngPersonDecides() {
        Consent overruled =
                consent(
                        null,
                        null,
                        guardian("g1", ConsentAnswer.REFUSED),
                        youngPerson(ConsentAnswer.GIVEN));
        Consent refused =
                consent(
                        null,
                        null,
                        guardian("g1", ConsentAnswer.GIVEN),
                        youngPerson(ConsentAnswer.REFUSED));
        Consent silent = consent(null, null, guardian("g1", ConsentAnswer.GIVEN));

        assertEquals(Reason.GIVEN, decide(overruled, 16, DAY));
        assertEquals(Reason.REFUSED_BY_YOUNG_PERSON, decide(refused, 16, DAY));
        assertEquals(Reason.UNANSWERED, decide(silent, 16, DAY));
    }

    @Test
    void unknownAge_guardiansDecide() {
        Consent overruled =
                consent(
                        null,
                        null,
                        guardian("g1", ConsentAnswer.REFUSED),
                        youngPerson(ConsentAnswer.GIVEN));

        ConsentDecision decision =
                evaluator.evaluate(
                        List.of(overruled),
                        new ConsentQuery(
                                STUDENT,
                                "referral",
                                Sector.YOUTH_WORK,
                                "org-9",
                                Set.of(DataCategory.CASE),
                                DAY,
                                OptionalInt.empty()));

        assertEquals(Reason.REFUSED_BY_GUARDIAN, decision.reason());
    }

    @Test
    void dates_boundariesAreInclusiveUntilWithdrawal() {
        Consent given =
                consent(DAY.plusDays(10), DAY.plusDays(5), guardian("g1", ConsentAnswer.GIVEN));

        assertEquals(Reason.NOT_YET_VALID, decide(given, 12, DAY.minusDays(1)));
        assertEquals(Reason.GIVEN, decide(given, 12, DAY));
        assertEquals(Reason.GIVEN, decide(given, 12, DAY.plusDays(4)));
        assertEquals(Reason.WITHDRAWN, decide(given, 12, DAY.plusDays(5)));
        Consent expiring = consent(DAY.plusDays(10), null, guardian("g1", ConsentAnswer.GIVEN));
        assertEquals(Reason.GIVEN, decide(expiring, 12, DAY.plusDays(10)));
        assertEquals(Reason.EXPIRED, decide(expiring, 12, DAY.plusDays(11)));
    }

    @Test
    void scope_purposeRecipientAndEveryCategory() {
        Consent given = consent(null, null, guardian("g1", ConsentAnswer.GIVEN));

        assertEquals(
                Reason.GIVEN,
                decide(given, 12, DAY, Sector.HEALTH, "org-1", Set.of(DataCategory.CASE)));
        assertEquals(
                Reason.NOT_COVERED,
                decide(given, 12, DAY, Sector.HEALTH, "org-9", Set.of(DataCategory.CASE)));
        assertEquals(
                Reason.NOT_COVERED,
                decide(
                        given,
                        12,
                        DAY,
                        Sector.YOUTH_WORK,
                        "org-9",
                        Set.of(DataCategory.CASE, DataCategory.HEALTH)));
        assertEquals(
                Reason.NOT_COVERED,
                evaluator
                        .evaluate(
                                List.of(given),
                                new ConsentQuery(
                                        STUDENT,
                                        "research",
                                        Sector.YOUTH_WORK,
                                        "org-1",
                                        Set.of(DataCategory.CASE),
                                        DAY,
                                        OptionalInt.of(12)))
                        .reason());
    }

    @Test
    void ageOfConsent_outsideRange_rejected() {
        assertThrows(InvalidInputException.class, () -> new ConsentEvaluator(0));
    }
}
