package ee.lim.core.coordination;

import static ee.lim.core.coordination.Fixture.DAY;
import static ee.lim.core.coordination.Fixture.SEN;
import static ee.lim.core.coordination.Fixture.STUDENT;
import static ee.lim.core.coordination.Fixture.TEACHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.ConflictException;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.coordination.AuditEntry;
import ee.lim.spi.coordination.Case;
import ee.lim.spi.coordination.CaseOrigin;
import ee.lim.spi.coordination.CaseState;
import ee.lim.spi.coordination.ClosingOutcome;
import ee.lim.spi.coordination.Consent;
import ee.lim.spi.coordination.ConsentAnswer;
import ee.lim.spi.coordination.ConsentParty;
import ee.lim.spi.coordination.ConsentResponse;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.coordination.EscalationLadder;
import ee.lim.spi.coordination.EscalationLevel;
import ee.lim.spi.coordination.LegalBasis;
import ee.lim.spi.coordination.Referral;
import ee.lim.spi.coordination.ReferralStatus;
import ee.lim.spi.coordination.RejectionReason;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules the coordination records enforce in their constructors. */
class CoordinationModelTest {
    private static Case caseIn(CaseState state, ClosingOutcome outcome) {
        return new Case(
                "case-1",
                0,
                STUDENT,
                CaseOrigin.SPECIALIST,
                DAY,
                TEACHER,
                List.of(SEN),
                1,
                state,
                outcome);
    }

    @Test
    void case_outcomeOnlyWhenClosed() {
        assertThrows(InvalidInputException.class, () -> caseIn(CaseState.CLOSED, null));
        assertThrows(
                InvalidInputException.class, () -> caseIn(CaseState.OPEN, ClosingOutcome.OTHER));
        assertEquals(
                ClosingOutcome.OTHER, caseIn(CaseState.CLOSED, ClosingOutcome.OTHER).outcome());
    }

    @Test
    void case_coordinatorOrMemberTwice_rejected() {
        assertThrows(
                InvalidInputException.class,
                () ->
                        new Case(
                                "case-1",
                                0,
                                STUDENT,
                                CaseOrigin.SPECIALIST,
                                DAY,
                                TEACHER,
                                List.of(TEACHER),
                                1,
                                CaseState.OPEN,
                                null));
        assertThrows(
                InvalidInputException.class,
                () ->
                        new Case(
                                "case-1",
                                0,
                                STUDENT,
                                CaseOrigin.SPECIALIST,
                                DAY,
                                TEACHER,
                                List.of(SEN, SEN),
                                1,
                                CaseState.OPEN,
                                null));
    }

    @Test
    void case_teamListIsCopied() {
        List<ee.lim.spi.model.Specialist> team = new java.util.ArrayList<>(List.of(SEN));
        Case created =
                new Case(
                        "case-1",
                        0,
                        STUDENT,
                        CaseOrigin.SPECIALIST,
                        DAY,
                        TEACHER,
                        team,
                        1,
                        CaseState.OPEN,
                        null);

        team.clear();

        assertEquals(List.of(SEN), created.team());
        assertThrows(UnsupportedOperationException.class, () -> created.team().clear());
    }

    @Test
    void ladder_ranksOutOfOrder_rejected() {
        assertThrows(
                InvalidInputException.class,
                () ->
                        new EscalationLadder(
                                List.of(
                                        new EscalationLevel(
                                                2, "school", Set.of("sen-coordinator")))));
        assertEquals(4, EscalationLadder.standard().top());
    }

    @Test
    void referral_sentNeedsBasisAndDeadline() {
        assertThrows(
                InvalidInputException.class,
                () ->
                        new Referral(
                                "ref-1",
                                0,
                                "case-1",
                                STUDENT,
                                "svc",
                                "sp-1",
                                ReferralStatus.SENT,
                                null,
                                null,
                                null,
                                DAY));
    }

    @Test
    void referral_rejectionReasonOnlyWhenRejected() {
        Referral sent =
                Referral.propose("ref-1", "case-1", STUDENT, "svc", "sp-1", DAY)
                        .send(new LegalBasis(LegalBasis.Kind.CONSENT, "c-1"), DAY, DAY.plusDays(5));

        assertThrows(InvalidInputException.class, () -> sent.reject(null, DAY));
        assertThrows(InvalidInputException.class, () -> sent.moveTo(ReferralStatus.REJECTED, DAY));
        assertEquals(
                RejectionReason.MISSING_DOCUMENTS,
                sent.reject(RejectionReason.MISSING_DOCUMENTS, DAY).rejectionReason());
        assertThrows(ConflictException.class, () -> sent.moveTo(ReferralStatus.COMPLETED, DAY));
    }

    @Test
    void referral_overdueOnlyWhileSentAfterDeadline() {
        Referral sent =
                Referral.propose("ref-1", "case-1", STUDENT, "svc", "sp-1", DAY)
                        .send(new LegalBasis(LegalBasis.Kind.CONSENT, "c-1"), DAY, DAY.plusDays(5));

        assertFalse(sent.overdueOn(DAY.plusDays(5)));
        assertTrue(sent.overdueOn(DAY.plusDays(6)));
        assertFalse(sent.moveTo(ReferralStatus.ACCEPTED, DAY).overdueOn(DAY.plusDays(6)));
    }

    @Test
    void consent_needsRecipientAndCategory() {
        List<ConsentResponse> none = List.of();
        assertThrows(
                InvalidInputException.class,
                () ->
                        new Consent(
                                "c-1",
                                0,
                                STUDENT,
                                "referral",
                                Set.of(),
                                Set.of(),
                                Set.of(DataCategory.CASE),
                                DAY,
                                null,
                                none,
                                null));
        assertThrows(
                InvalidInputException.class,
                () ->
                        new Consent(
                                "c-1",
                                0,
                                STUDENT,
                                "referral",
                                Set.of(ee.lim.spi.model.Sector.SOCIAL),
                                Set.of(),
                                Set.of(),
                                DAY,
                                null,
                                none,
                                null));
    }

    @Test
    void consent_oneAnswerPerParty() {
        ConsentResponse given =
                new ConsentResponse("g-1", ConsentParty.GUARDIAN, ConsentAnswer.GIVEN, DAY);
        ConsentResponse refused =
                new ConsentResponse("g-1", ConsentParty.GUARDIAN, ConsentAnswer.REFUSED, DAY);

        assertThrows(
                InvalidInputException.class,
                () ->
                        new Consent(
                                "c-1",
                                0,
                                STUDENT,
                                "referral",
                                Set.of(ee.lim.spi.model.Sector.SOCIAL),
                                Set.of(),
                                Set.of(DataCategory.CASE),
                                DAY,
                                null,
                                List.of(given, refused),
                                null));
        Consent consent =
                new Consent(
                        "c-1",
                        0,
                        STUDENT,
                        "referral",
                        Set.of(ee.lim.spi.model.Sector.SOCIAL),
                        Set.of(),
                        Set.of(DataCategory.CASE),
                        DAY,
                        null,
                        List.of(given),
                        null);
        assertEquals(List.of(refused), consent.withResponse(refused).responses());
    }

    @Test
    void consentResponse_answeredOnExactlyWhenAnswered() {
        assertThrows(
                InvalidInputException.class,
                () -> new ConsentResponse("g-1", ConsentParty.GUARDIAN, ConsentAnswer.GIVEN, null));
        assertThrows(
                InvalidInputException.class,
                () ->
                        new ConsentResponse(
                                "g-1", ConsentParty.GUARDIAN, ConsentAnswer.UNANSWERED, DAY));
    }

    @Test
    void auditEntry_hashesMustBeLowerHex() {
        assertThrows(
                InvalidInputException.class,
                () ->
                        new AuditEntry(
                                0,
                                "sp-1",
                                "case.read",
                                STUDENT,
                                DataCategory.CASE,
                                "p",
                                new LegalBasis(LegalBasis.Kind.PUBLIC_TASK, "school"),
                                Instant.EPOCH,
                                AuditEntry.GENESIS,
                                "A".repeat(64)));
    }
}
