package ee.lim.core.coordination;

import static ee.lim.core.coordination.Fixture.CHILD_PROTECTION;
import static ee.lim.core.coordination.Fixture.DAY;
import static ee.lim.core.coordination.Fixture.HEAD_SOCIAL;
import static ee.lim.core.coordination.Fixture.OUTSIDER;
import static ee.lim.core.coordination.Fixture.SEN;
import static ee.lim.core.coordination.Fixture.STUDENT;
import static ee.lim.core.coordination.Fixture.TEACHER;
import static ee.lim.core.coordination.Fixture.YOUTH_WORKER;
import static ee.lim.core.coordination.Fixture.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.AccessDeniedException;
import ee.lim.spi.ConflictException;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.coordination.ActionItem;
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
import ee.lim.spi.coordination.LegalBasis;
import ee.lim.spi.coordination.NetworkMeeting;
import ee.lim.spi.coordination.PlannedMeasure;
import ee.lim.spi.coordination.Referral;
import ee.lim.spi.coordination.ReferralStatus;
import ee.lim.spi.coordination.RejectionReason;
import ee.lim.spi.coordination.SupportPlan;
import ee.lim.spi.model.ReviewDecision;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.SupportTier;
import ee.lim.spi.risk.RiskAssessment;
import ee.lim.spi.risk.RiskBand;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseServiceTest {
    private final Fixture fixture = new Fixture();
    private final CaseService service = fixture.service;

    private Case openCase() {
        return service.open(as(TEACHER), "case-1", STUDENT, List.of(SEN, YOUTH_WORKER));
    }

    private List<AuditEntry> audit() {
        return fixture.sink.read(0, 1000);
    }

    @Test
    void open_byClassTeacher_startsAtLevelOneAndIsAudited() {
        Case opened = openCase();

        assertEquals(1, opened.version());
        assertEquals(1, opened.escalationLevel());
        assertEquals(CaseState.OPEN, opened.state());
        assertEquals(TEACHER, opened.coordinator());
        assertEquals(CaseOrigin.SPECIALIST, opened.origin());
        AuditEntry entry = audit().get(0);
        assertEquals("case.open", entry.action());
        assertEquals(TEACHER.id(), entry.actorId());
        assertEquals(STUDENT, entry.student());
        assertEquals(DataCategory.CASE, entry.category());
        assertEquals(LegalBasis.Kind.PUBLIC_TASK, entry.basis().kind());
    }

    @Test
    void openFromAssessment_recordsRiskReadAndOrigin() {
        RiskAssessment assessment =
                new RiskAssessment(
                        STUDENT, DAY, RiskBand.NONE, 0.4, List.of(), List.of(), List.of("ewims@1"));

        Case opened = service.openFromAssessment(as(TEACHER), "case-1", assessment, List.of());

        assertEquals(CaseOrigin.RISK_ASSESSMENT, opened.origin());
        assertEquals(
                List.of("risk.read", "case.open"),
                audit().stream().map(AuditEntry::action).toList());
    }

    @Test
    void open_byChildProtection_startsAtLevelThree() {
        Case opened = service.open(as(CHILD_PROTECTION), "case-1", STUDENT, List.of());

        assertEquals(3, opened.escalationLevel());
    }

    @Test
    void open_byRoleOffLadder_isRejected() {
        assertThrows(
                InvalidInputException.class,
                () -> service.open(as(YOUTH_WORKER), "case-1", STUDENT, List.of()));

        assertEquals(List.of(), audit());
    }

    @Test
    void escalate_throughLadder_changesCoordinatorKeepsFormer() {
        Case opened = openCase();

        Case second = service.escalate(as(TEACHER), opened.id(), opened.version(), SEN);
        Case third = service.escalate(as(SEN), second.id(), second.version(), CHILD_PROTECTION);
        Case fourth =
                service.escalate(as(CHILD_PROTECTION), third.id(), third.version(), HEAD_SOCIAL);

        assertEquals(2, second.escalationLevel());
        assertEquals(SEN, second.coordinator());
        assertTrue(second.hasMember(TEACHER.id()), "former coordinator stays on the team");
        assertEquals(3, third.escalationLevel());
        assertEquals(4, fourth.escalationLevel());
        assertEquals(HEAD_SOCIAL, fourth.coordinator());
        assertThrows(
                ConflictException.class,
                () -> service.escalate(as(HEAD_SOCIAL), fourth.id(), fourth.version(), TEACHER));
    }

    @Test
    void escalate_wrongRoleForLevel_isRejected() {
        Case opened = openCase();

        assertThrows(
                InvalidInputException.class,
                () -> service.escalate(as(TEACHER), opened.id(), opened.version(), HEAD_SOCIAL));
    }

    @Test
    void escalate_staleVersion_throwsConflict() {
        Case opened = openCase();
        service.addTeamMember(as(TEACHER), opened.id(), opened.version(), OUTSIDER);

        assertThrows(
                ConflictException.class,
                () -> service.escalate(as(TEACHER), opened.id(), opened.version(), SEN));
    }

    @Test
    void moveTo_disallowedTransition_throwsConflict() {
        Case opened = openCase();

        assertThrows(
                ConflictException.class,
                () -> service.moveTo(as(TEACHER), opened.id(), 1, CaseState.ON_HOLD, null));
    }

    @Test
    void moveTo_closeAndReopen_followsTransitions() {
        Case opened = openCase();

        Case closed =
                service.moveTo(
                        as(TEACHER), opened.id(), 1, CaseState.CLOSED, ClosingOutcome.MOVED_AWAY);
        Case reopened = service.moveTo(as(TEACHER), opened.id(), 2, CaseState.OPEN, null);

        assertEquals(ClosingOutcome.MOVED_AWAY, closed.outcome());
        assertEquals(CaseState.OPEN, reopened.state());
        assertEquals(null, reopened.outcome());
    }

    @Test
    void moveTo_closeWithoutOutcome_isRejected() {
        Case opened = openCase();

        assertThrows(
                InvalidInputException.class,
                () -> service.moveTo(as(TEACHER), opened.id(), 1, CaseState.CLOSED, null));
    }

    @Test
    void recordPlan_firstPlan_activatesCaseAndKeepsTiers() {
        Case opened = openCase();
        SupportPlan plan =
                new SupportPlan(
                        "plan-1",
                        0,
                        opened.id(),
                        STUDENT,
                        List.of("attends every day"),
                        List.of(
                                new PlannedMeasure(
                                        "study-help", SupportTier.GENERAL, TEACHER.id(), DAY, null),
                                new PlannedMeasure(
                                        "speech-therapy",
                                        SupportTier.ENHANCED,
                                        SEN.id(),
                                        DAY,
                                        null)),
                        TEACHER,
                        DAY,
                        DAY.plusMonths(2),
                        null);

        SupportPlan stored = service.recordPlan(as(TEACHER), plan);
        SupportPlan reviewed =
                service.reviewPlan(
                        as(SEN),
                        stored.id(),
                        stored.version(),
                        ReviewDecision.CONTINUE,
                        DAY.plusMonths(4));

        assertEquals(
                CaseState.ACTIVE,
                fixture.store.find(Case.class, opened.id()).orElseThrow().state());
        assertEquals(EnumSet.of(SupportTier.GENERAL, SupportTier.ENHANCED), stored.tiersOn(DAY));
        assertEquals(ReviewDecision.CONTINUE, reviewed.reviewDecision());
    }

    @Test
    void overdueActionItems_listsOpenItemsPastDue() {
        Case opened = openCase();
        ActionItem late = new ActionItem("call the family", SEN.id(), DAY.plusDays(3), null);
        ActionItem done =
                new ActionItem("book a room", TEACHER.id(), DAY.plusDays(3), DAY.plusDays(2));
        ActionItem notYet = new ActionItem("visit home", SEN.id(), DAY.plusDays(30), null);
        service.recordMeeting(
                as(TEACHER),
                new NetworkMeeting(
                        "meeting-1",
                        0,
                        opened.id(),
                        STUDENT,
                        DAY,
                        List.of(TEACHER, SEN),
                        true,
                        List.of("refer to youth centre"),
                        List.of(late, done, notYet)));

        assertEquals(
                List.of(late), service.overdueActionItems(as(SEN), opened.id(), DAY.plusDays(4)));
        assertEquals(List.of(), service.overdueActionItems(as(SEN), opened.id(), DAY.plusDays(3)));
    }

    @Test
    void referral_closedLoopWithConsent() {
        Case opened = openCase();
        Referral proposed =
                service.propose(
                        as(TEACHER),
                        Referral.propose(
                                "ref-1", opened.id(), STUDENT, "svc-youth", TEACHER.id(), DAY));
        Consent request =
                Fixture.consent(
                        "consent-1",
                        Set.of(Sector.YOUTH_WORK),
                        Set.of(DataCategory.CASE),
                        ConsentAnswer.UNANSWERED,
                        ConsentAnswer.UNANSWERED);
        Referral asked =
                service.requestConsent(as(TEACHER), proposed.id(), proposed.version(), request);

        AccessDeniedException unanswered =
                assertThrows(
                        AccessDeniedException.class,
                        () ->
                                service.send(
                                        as(TEACHER),
                                        asked.id(),
                                        asked.version(),
                                        Sector.YOUTH_WORK,
                                        "youth-centre-1",
                                        DAY.plusDays(10),
                                        null));
        assertTrue(unanswered.getMessage().contains("UNANSWERED"), unanswered.getMessage());
        assertFalse(unanswered.getMessage().contains(STUDENT.value()), "message names the student");

        Consent stored = fixture.store.find(Consent.class, "consent-1").orElseThrow();
        Consent given =
                stored.withResponse(
                                new ConsentResponse(
                                        "guardian-0",
                                        ConsentParty.GUARDIAN,
                                        ConsentAnswer.GIVEN,
                                        DAY))
                        .withResponse(
                                new ConsentResponse(
                                        "guardian-1",
                                        ConsentParty.GUARDIAN,
                                        ConsentAnswer.GIVEN,
                                        DAY));
        fixture.store.update(given);
        Referral sent =
                service.send(
                        as(TEACHER),
                        asked.id(),
                        asked.version(),
                        Sector.YOUTH_WORK,
                        "youth-centre-1",
                        DAY.plusDays(10),
                        null);

        assertEquals(ReferralStatus.SENT, sent.status());
        assertEquals(new LegalBasis(LegalBasis.Kind.CONSENT, "consent-1"), sent.basis());
        assertEquals(List.of(), service.overdueReferrals(as(TEACHER), DAY.plusDays(10)));
        assertEquals(List.of(sent), service.overdueReferrals(as(TEACHER), DAY.plusDays(11)));
        assertEquals(List.of(), service.overdueReferrals(as(OUTSIDER), DAY.plusDays(11)));

        Referral rejected =
                service.advance(
                        as(TEACHER),
                        sent.id(),
                        sent.version(),
                        ReferralStatus.REJECTED,
                        RejectionReason.CAPACITY);
        assertEquals(RejectionReason.CAPACITY, rejected.rejectionReason());
        assertTrue(rejected.status().closesLoop());
        assertThrows(
                ConflictException.class,
                () ->
                        service.advance(
                                as(TEACHER),
                                rejected.id(),
                                rejected.version(),
                                ReferralStatus.ACCEPTED,
                                null));
    }

    @Test
    void referral_underStatutoryDuty_sentDespiteRefusal() {
        Case opened = service.open(as(CHILD_PROTECTION), "case-1", STUDENT, List.of());
        service.recordConsent(
                as(CHILD_PROTECTION),
                Fixture.consent(
                        "consent-1", Set.of(Sector.SOCIAL), Fixture.all(), ConsentAnswer.REFUSED),
                opened.id());
        Referral proposed =
                service.propose(
                        as(CHILD_PROTECTION),
                        Referral.propose(
                                "ref-1",
                                opened.id(),
                                STUDENT,
                                "svc-shelter",
                                CHILD_PROTECTION.id(),
                                DAY));

        Referral sent =
                service.send(
                        as(CHILD_PROTECTION),
                        proposed.id(),
                        proposed.version(),
                        Sector.SOCIAL,
                        "municipality-1",
                        DAY.plusDays(2),
                        StatutoryDuty.CHILD_IN_NEED_NOTIFICATION);

        assertEquals(LegalBasis.Kind.STATUTORY_DUTY, sent.basis().kind());
        AuditEntry last = fixture.sink.last().orElseThrow();
        assertEquals("referral.send", last.action());
        assertEquals(sent.basis(), last.basis());
    }

    @Test
    void read_byNonMember_deniedAndNotAudited() {
        Case opened = openCase();
        int before = audit().size();

        AccessDeniedException denied =
                assertThrows(
                        AccessDeniedException.class, () -> service.read(as(OUTSIDER), opened.id()));

        assertTrue(denied.getMessage().contains("case team"), denied.getMessage());
        assertEquals(before, audit().size());
    }

    @Test
    void withdrawConsent_blocksLaterReads() {
        Case opened = service.open(as(CHILD_PROTECTION), "case-1", STUDENT, List.of());
        Consent consent =
                service.recordConsent(
                        as(CHILD_PROTECTION),
                        Fixture.consent(
                                "consent-1",
                                Set.of(Sector.CHILD_PROTECTION),
                                Fixture.all(),
                                ConsentAnswer.GIVEN),
                        opened.id());
        AccessRequest attendance =
                AccessRequest.inCase(
                        Operation.READ, "attendance.read", opened, DataCategory.ATTENDANCE);
        assertEquals(
                LegalBasis.Kind.CONSENT,
                fixture.guard.check(as(CHILD_PROTECTION), attendance).kind());

        service.withdrawConsent(
                as(CHILD_PROTECTION),
                consent.id(),
                consent.version(),
                opened.id(),
                DAY.plusDays(5));
        fixture.clock.set(DAY.plusDays(5));

        assertThrows(
                AccessDeniedException.class,
                () -> fixture.guard.check(as(CHILD_PROTECTION), attendance));
    }

    @Test
    void notifyUnderDuty_byAnyone_recordedAsDuty() {
        LegalBasis basis =
                service.notifyUnderDuty(
                        as(YOUTH_WORKER),
                        STUDENT,
                        Set.of(DataCategory.IDENTITY, DataCategory.BEHAVIOUR),
                        StatutoryDuty.CHILD_IN_NEED_NOTIFICATION);

        assertEquals(LegalBasis.Kind.STATUTORY_DUTY, basis.kind());
        assertEquals(2, audit().size());
        assertTrue(audit().stream().allMatch(e -> e.basis().equals(basis)));
    }

    @Test
    void notifyUnderDuty_undeclaredDutyOrCategory_deniedAndNotAudited() {
        assertThrows(
                AccessDeniedException.class,
                () ->
                        service.notifyUnderDuty(
                                as(TEACHER),
                                STUDENT,
                                Set.of(DataCategory.IDENTITY),
                                "Some Act §1"));
        assertThrows(
                AccessDeniedException.class,
                () ->
                        service.notifyUnderDuty(
                                as(TEACHER),
                                STUDENT,
                                Set.of(DataCategory.IDENTITY, DataCategory.HEALTH),
                                StatutoryDuty.CHILD_IN_NEED_NOTIFICATION));

        assertEquals(List.of(), audit());
    }

    @Test
    void auditTrail_afterWork_verifies() {
        Case opened = openCase();
        service.escalate(as(TEACHER), opened.id(), opened.version(), SEN);

        assertTrue(fixture.audit.verify().intact());
    }
}
