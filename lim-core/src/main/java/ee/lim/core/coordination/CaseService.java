package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.CaseStore;
import ee.lim.spi.CaseStore.Change;
import ee.lim.spi.Checks;
import ee.lim.spi.ConflictException;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.coordination.ActionItem;
import ee.lim.spi.coordination.Case;
import ee.lim.spi.coordination.CaseOrigin;
import ee.lim.spi.coordination.CaseRecord;
import ee.lim.spi.coordination.CaseState;
import ee.lim.spi.coordination.ClosingOutcome;
import ee.lim.spi.coordination.Consent;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.coordination.EscalationLadder;
import ee.lim.spi.coordination.EscalationLevel;
import ee.lim.spi.coordination.LegalBasis;
import ee.lim.spi.coordination.NetworkMeeting;
import ee.lim.spi.coordination.Referral;
import ee.lim.spi.coordination.ReferralStatus;
import ee.lim.spi.coordination.RejectionReason;
import ee.lim.spi.coordination.SupportPlan;
import ee.lim.spi.model.ReviewDecision;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.Specialist;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.RiskAssessment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Opens, escalates and moves cases and keeps their plans, meetings, referrals and consents, with
 * every read and change checked by the {@link AccessGuard} and recorded in the audit trail.
 *
 * <p>Changes take the version the caller read; a stale version throws {@link ConflictException} and
 * the caller reloads and decides again. Changes that touch several records (a first support plan
 * and the case becoming active; a referral and its consent request) are stored in one batch, all or
 * nothing. It never opens a case or sends a referral by itself: each step is a user's call.
 *
 * <p>Thread-safe when its store is.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CaseService {
    private final CaseStore store;
    private final AccessGuard guard;
    private final EscalationLadder ladder;
    private final Clock clock;

    /**
     * Creates a service.
     *
     * @param store the store; never {@code null}
     * @param guard the access guard, over the same store; never {@code null}
     * @param ladder the escalation ladder; never {@code null}
     * @param clock the clock that dates changes; never {@code null}
     */
    public CaseService(CaseStore store, AccessGuard guard, EscalationLadder ladder, Clock clock) {
        this.store = Checks.present(store, "store");
        this.guard = Checks.present(guard, "guard");
        this.ladder = Checks.present(ladder, "ladder");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * Opens a case after the acting specialist reviewed a risk assessment. The actor coordinates it
     * at the lowest ladder level their role may coordinate.
     *
     * @param context the actor and purpose; never {@code null}
     * @param caseId the new case's id; never blank
     * @param assessment the assessment that prompted it; never {@code null}
     * @param team the other specialists of the team; never {@code null}
     * @return the stored case; never {@code null}
     * @throws ee.lim.spi.AccessDeniedException if the actor may not read the risk or write the case
     * @throws InvalidInputException if the actor's role coordinates at no ladder level
     * @throws ConflictException if a case with that id exists
     */
    public Case openFromAssessment(
            AccessContext context,
            String caseId,
            RiskAssessment assessment,
            List<Specialist> team) {
        Checks.present(assessment, "assessment");
        Case draft = draft(context, caseId, assessment.student(), CaseOrigin.RISK_ASSESSMENT, team);
        guard.check(
                context,
                AccessRequest.inCase(Operation.READ, "risk.read", draft, DataCategory.RISK));
        return create(context, draft);
    }

    /**
     * Opens a case on a specialist's own observation or a family's request. The actor coordinates
     * it at the lowest ladder level their role may coordinate.
     *
     * @param context the actor and purpose; never {@code null}
     * @param caseId the new case's id; never blank
     * @param student the student; never {@code null}
     * @param team the other specialists of the team; never {@code null}
     * @return the stored case; never {@code null}
     * @throws ee.lim.spi.AccessDeniedException if the actor may not write the case
     * @throws InvalidInputException if the actor's role coordinates at no ladder level
     * @throws ConflictException if a case with that id exists
     */
    public Case open(
            AccessContext context, String caseId, StudentKey student, List<Specialist> team) {
        return create(context, draft(context, caseId, student, CaseOrigin.SPECIALIST, team));
    }

    private Case draft(
            AccessContext context,
            String caseId,
            StudentKey student,
            CaseOrigin origin,
            List<Specialist> team) {
        Checks.present(context, "context");
        Specialist actor = context.actor();
        int level = 0;
        for (EscalationLevel candidate : ladder.levels()) {
            if (candidate.coordinatingRoles().contains(actor.role())) {
                level = candidate.rank();
                break;
            }
        }
        if (level == 0) {
            throw new InvalidInputException(
                    "AccessContext.actor",
                    "role "
                            + actor.role()
                            + " coordinates at no level of the escalation ladder; let a"
                            + " coordinating role open the case and add this specialist to the"
                            + " team");
        }
        return new Case(
                caseId,
                0,
                student,
                origin,
                LocalDate.now(clock),
                actor,
                team,
                level,
                CaseState.OPEN,
                null);
    }

    private Case create(AccessContext context, Case draft) {
        guard.check(
                context,
                AccessRequest.inCase(Operation.WRITE, "case.open", draft, DataCategory.CASE));
        return store.create(draft);
    }

    /**
     * Reads a case.
     *
     * @param context the actor and purpose; never {@code null}
     * @param caseId the case id; never {@code null}
     * @return the case at its stored version; never {@code null}
     * @throws InvalidInputException if no case has that id
     * @throws ee.lim.spi.AccessDeniedException if the actor may not read it
     */
    public Case read(AccessContext context, String caseId) {
        Case found = load(caseId);
        guard.check(
                context,
                AccessRequest.inCase(Operation.READ, "case.read", found, DataCategory.CASE));
        return found;
    }

    /**
     * Moves a case one level up the escalation ladder to a new coordinator, whose role must
     * coordinate at that level. The former coordinator stays on the team.
     *
     * @param context the actor and purpose; never {@code null}
     * @param caseId the case id; never {@code null}
     * @param expectedVersion the version the actor read
     * @param newCoordinator the coordinator at the next level; never {@code null}
     * @return the stored case; never {@code null}
     * @throws ConflictException if the version is stale, the case is closed or at the top
     * @throws InvalidInputException if the new coordinator's role does not coordinate at the level
     * @throws ee.lim.spi.AccessDeniedException if the actor may not change the case
     */
    public Case escalate(
            AccessContext context, String caseId, long expectedVersion, Specialist newCoordinator) {
        Checks.present(newCoordinator, "newCoordinator");
        Case current = loadAt(caseId, expectedVersion);
        guard.check(
                context,
                AccessRequest.inCase(Operation.WRITE, "case.escalate", current, DataCategory.CASE));
        if (current.state() == CaseState.CLOSED) {
            throw new ConflictException("Case " + caseId + " is closed; reopen it to escalate");
        }
        if (current.escalationLevel() >= ladder.top()) {
            throw new ConflictException(
                    "Case " + caseId + " is at the top level " + ladder.top() + " already");
        }
        EscalationLevel next = ladder.level(current.escalationLevel() + 1);
        if (!next.coordinatingRoles().contains(newCoordinator.role())) {
            throw new InvalidInputException(
                    "newCoordinator",
                    "level "
                            + next.rank()
                            + " ("
                            + next.name()
                            + ") is coordinated by "
                            + next.coordinatingRoles()
                            + ", got role "
                            + newCoordinator.role());
        }
        return store.update(current.withEscalation(next.rank(), newCoordinator));
    }

    /**
     * Moves a case to another state along an allowed transition.
     *
     * @param context the actor and purpose; never {@code null}
     * @param caseId the case id; never {@code null}
     * @param expectedVersion the version the actor read
     * @param next the next state; never {@code null}
     * @param outcome the closing outcome when {@code next} is {@code CLOSED}, else {@code null}
     * @return the stored case; never {@code null}
     * @throws ConflictException if the version is stale or the transition is not allowed
     * @throws ee.lim.spi.AccessDeniedException if the actor may not change the case
     */
    public Case moveTo(
            AccessContext context,
            String caseId,
            long expectedVersion,
            CaseState next,
            ClosingOutcome outcome) {
        Checks.present(next, "next");
        Case current = loadAt(caseId, expectedVersion);
        guard.check(
                context,
                AccessRequest.inCase(
                        Operation.WRITE, "case.transition", current, DataCategory.CASE));
        if (!current.state().canMoveTo(next)) {
            throw new ConflictException(
                    "Case "
                            + caseId
                            + " cannot move from "
                            + current.state()
                            + " to "
                            + next
                            + "; allowed: "
                            + current.state().allowedNext());
        }
        return store.update(current.withState(next, outcome));
    }

    /**
     * Adds a specialist to a case team.
     *
     * @param context the actor and purpose; never {@code null}
     * @param caseId the case id; never {@code null}
     * @param expectedVersion the version the actor read
     * @param member the specialist to add; never {@code null}
     * @return the stored case; never {@code null}
     * @throws ConflictException if the version is stale
     * @throws InvalidInputException if the specialist is on the case already
     * @throws ee.lim.spi.AccessDeniedException if the actor may not change the case
     */
    public Case addTeamMember(
            AccessContext context, String caseId, long expectedVersion, Specialist member) {
        Checks.present(member, "member");
        Case current = loadAt(caseId, expectedVersion);
        guard.check(
                context,
                AccessRequest.inCase(Operation.WRITE, "case.team", current, DataCategory.CASE));
        List<Specialist> team = new ArrayList<>(current.team());
        team.add(member);
        return store.update(current.withTeam(team));
    }

    /**
     * Records a support plan. The first plan of an open case makes it active, in the same batch.
     *
     * @param context the actor and purpose; never {@code null}
     * @param plan the plan at version {@code 0}; never {@code null}
     * @return the stored plan; never {@code null}
     * @throws ConflictException if a plan with that id exists or the case changed meanwhile
     * @throws InvalidInputException if the case is missing or about another student
     * @throws ee.lim.spi.AccessDeniedException if the actor may not write support data
     */
    public SupportPlan recordPlan(AccessContext context, SupportPlan plan) {
        Checks.present(plan, "plan");
        Case owner = loadFor(plan.caseId(), plan.student());
        guard.check(
                context,
                AccessRequest.inCase(Operation.WRITE, "plan.record", owner, DataCategory.SUPPORT));
        List<Change> changes = new ArrayList<>();
        changes.add(Change.create(plan));
        if (owner.state() == CaseState.OPEN) {
            changes.add(Change.update(owner.withState(CaseState.ACTIVE, null)));
        }
        return (SupportPlan) store.apply(changes).get(0);
    }

    /**
     * Records the decision of a support plan review and the next review day.
     *
     * @param context the actor and purpose; never {@code null}
     * @param planId the plan id; never {@code null}
     * @param expectedVersion the version the actor read
     * @param decision the review decision; never {@code null}
     * @param nextReview the next review day; never {@code null}
     * @return the stored plan; never {@code null}
     * @throws ConflictException if the version is stale
     * @throws InvalidInputException if the plan is missing
     * @throws ee.lim.spi.AccessDeniedException if the actor may not write support data
     */
    public SupportPlan reviewPlan(
            AccessContext context,
            String planId,
            long expectedVersion,
            ReviewDecision decision,
            LocalDate nextReview) {
        SupportPlan plan = find(SupportPlan.class, planId, expectedVersion);
        Case owner = loadFor(plan.caseId(), plan.student());
        guard.check(
                context,
                AccessRequest.inCase(Operation.WRITE, "plan.review", owner, DataCategory.SUPPORT));
        return store.update(plan.reviewed(decision, nextReview));
    }

    /**
     * Records a network meeting.
     *
     * @param context the actor and purpose; never {@code null}
     * @param meeting the meeting at version {@code 0}; never {@code null}
     * @return the stored meeting; never {@code null}
     * @throws ConflictException if a meeting with that id exists
     * @throws InvalidInputException if the case is missing or about another student
     * @throws ee.lim.spi.AccessDeniedException if the actor may not write case data
     */
    public NetworkMeeting recordMeeting(AccessContext context, NetworkMeeting meeting) {
        Checks.present(meeting, "meeting");
        Case owner = loadFor(meeting.caseId(), meeting.student());
        guard.check(
                context,
                AccessRequest.inCase(Operation.WRITE, "meeting.record", owner, DataCategory.CASE));
        return store.create(meeting);
    }

    /**
     * Lists the action items of a case's meetings that are open after their due day.
     *
     * @param context the actor and purpose; never {@code null}
     * @param caseId the case id; never {@code null}
     * @param day the day to judge on; never {@code null}
     * @return the overdue items, by meeting id and then in meeting order; never {@code null}
     * @throws InvalidInputException if the case is missing
     * @throws ee.lim.spi.AccessDeniedException if the actor may not read case data
     */
    public List<ActionItem> overdueActionItems(
            AccessContext context, String caseId, LocalDate day) {
        Checks.present(day, "day");
        Case owner = load(caseId);
        guard.check(
                context,
                AccessRequest.inCase(Operation.READ, "meeting.overdue", owner, DataCategory.CASE));
        List<ActionItem> overdue = new ArrayList<>();
        for (NetworkMeeting meeting : store.findByStudent(NetworkMeeting.class, owner.student())) {
            if (meeting.caseId().equals(caseId)) {
                overdue.addAll(meeting.overdueOn(day));
            }
        }
        return List.copyOf(overdue);
    }

    /**
     * Records a proposed referral.
     *
     * @param context the actor and purpose; never {@code null}
     * @param referral the referral in status {@code PROPOSED} at version {@code 0}; never {@code
     *     null}
     * @return the stored referral; never {@code null}
     * @throws ConflictException if a referral with that id exists
     * @throws InvalidInputException if the referral is not proposed, or the case is missing
     * @throws ee.lim.spi.AccessDeniedException if the actor may not write case data
     */
    public Referral propose(AccessContext context, Referral referral) {
        Checks.present(referral, "referral");
        Checks.require(
                referral.status() == ReferralStatus.PROPOSED,
                "Referral.status",
                "a new referral must be PROPOSED, got " + referral.status());
        Case owner = loadFor(referral.caseId(), referral.student());
        guard.check(
                context,
                AccessRequest.inCase(
                        Operation.WRITE, "referral.propose", owner, DataCategory.CASE));
        return store.create(referral);
    }

    /**
     * Asks for consent to a referral: stores the consent request and moves the referral to {@code
     * CONSENT_REQUESTED} in one batch.
     *
     * @param context the actor and purpose; never {@code null}
     * @param referralId the referral id; never {@code null}
     * @param expectedVersion the version the actor read
     * @param request the consent request, its answers still {@code UNANSWERED}, at version {@code
     *     0}; never {@code null}
     * @return the stored referral; never {@code null}
     * @throws ConflictException if the version is stale or the transition is not allowed
     * @throws ee.lim.spi.AccessDeniedException if the actor may not write case data
     */
    public Referral requestConsent(
            AccessContext context, String referralId, long expectedVersion, Consent request) {
        Checks.present(request, "request");
        Referral referral = find(Referral.class, referralId, expectedVersion);
        Checks.require(
                request.student().equals(referral.student()),
                "Consent.student",
                "the consent request is about another student than the referral");
        Case owner = loadFor(referral.caseId(), referral.student());
        guard.check(
                context,
                AccessRequest.inCase(Operation.WRITE, "consent.request", owner, DataCategory.CASE));
        Referral moved = referral.moveTo(ReferralStatus.CONSENT_REQUESTED, LocalDate.now(clock));
        List<CaseRecord> stored =
                store.apply(List.of(Change.update(moved), Change.create(request)));
        return (Referral) stored.get(0);
    }

    /**
     * Sends a referral to the receiving service. The share of the case data needs a consent that
     * covers the purpose and the recipient, unless it is made under a statutory duty, which never
     * waits for consent.
     *
     * @param context the actor and purpose; never {@code null}
     * @param referralId the referral id; never {@code null}
     * @param expectedVersion the version the actor read
     * @param recipientSector the service's sector; never {@code null}
     * @param recipientOrganisation the service provider's organisation id; never blank
     * @param respondBy the response deadline; never {@code null}
     * @param statutoryDuty the statutory duty it is sent under, or {@code null} to need a consent
     * @return the stored referral, with the legal basis it was sent under; never {@code null}
     * @throws ConflictException if the version is stale or the referral cannot be sent now
     * @throws ee.lim.spi.AccessDeniedException if no consent or duty permits the share
     */
    public Referral send(
            AccessContext context,
            String referralId,
            long expectedVersion,
            Sector recipientSector,
            String recipientOrganisation,
            LocalDate respondBy,
            String statutoryDuty) {
        Checks.present(respondBy, "respondBy");
        Referral referral = find(Referral.class, referralId, expectedVersion);
        Case owner = loadFor(referral.caseId(), referral.student());
        if (!referral.status().canMoveTo(ReferralStatus.SENT)) {
            throw new ConflictException(
                    "Referral " + referralId + " cannot be sent from " + referral.status());
        }
        AccessRequest share =
                new AccessRequest(
                        Operation.WRITE,
                        "referral.send",
                        owner.student(),
                        owner,
                        DataCategory.CASE,
                        statutoryDuty);
        LegalBasis basis = guard.checkShare(context, share, recipientSector, recipientOrganisation);
        return store.update(referral.send(basis, LocalDate.now(clock), respondBy));
    }

    /**
     * Records the receiving service's answer or the next step of a referral: accepted, in service,
     * completed, no show or cancelled; or rejected with a reason.
     *
     * @param context the actor and purpose; never {@code null}
     * @param referralId the referral id; never {@code null}
     * @param expectedVersion the version the actor read
     * @param next the next status; not {@code SENT}, which {@link #send} records; never {@code
     *     null}
     * @param reason the rejection reason when {@code next} is {@code REJECTED}, else {@code null}
     * @return the stored referral; never {@code null}
     * @throws ConflictException if the version is stale or the transition is not allowed
     * @throws ee.lim.spi.AccessDeniedException if the actor may not write case data
     */
    public Referral advance(
            AccessContext context,
            String referralId,
            long expectedVersion,
            ReferralStatus next,
            RejectionReason reason) {
        Checks.present(next, "next");
        Referral referral = find(Referral.class, referralId, expectedVersion);
        Case owner = loadFor(referral.caseId(), referral.student());
        guard.check(
                context,
                AccessRequest.inCase(
                        Operation.WRITE,
                        "referral." + next.name().toLowerCase(java.util.Locale.ROOT),
                        owner,
                        DataCategory.CASE));
        LocalDate today = LocalDate.now(clock);
        Referral moved =
                next == ReferralStatus.REJECTED
                        ? referral.reject(reason, today)
                        : referral.moveTo(next, today);
        return store.update(moved);
    }

    /**
     * Lists the sent referrals whose response deadline has passed, among the cases the actor may
     * read. Each listed referral is recorded in the audit trail.
     *
     * @param context the actor and purpose; never {@code null}
     * @param day the day to judge on; never {@code null}
     * @return the overdue referrals ordered by id; never {@code null}
     */
    public List<Referral> overdueReferrals(AccessContext context, LocalDate day) {
        Checks.present(day, "day");
        List<Referral> overdue = new ArrayList<>();
        for (Referral referral : store.findAll(Referral.class)) {
            if (!referral.overdueOn(day)) {
                continue;
            }
            Case owner = store.find(Case.class, referral.caseId()).orElse(null);
            if (owner == null) {
                continue;
            }
            AccessRequest request =
                    AccessRequest.inCase(
                            Operation.READ, "referral.overdue", owner, DataCategory.CASE);
            if (guard.decide(context, request).permitted()) {
                guard.check(context, request);
                overdue.add(referral);
            }
        }
        return List.copyOf(overdue);
    }

    /**
     * Records a consent or a consent request.
     *
     * @param context the actor and purpose; never {@code null}
     * @param consent the consent at version {@code 0}; never {@code null}
     * @param caseId the case it was asked for; never {@code null}
     * @return the stored consent; never {@code null}
     * @throws ConflictException if a consent with that id exists
     * @throws ee.lim.spi.AccessDeniedException if the actor may not write case data
     */
    public Consent recordConsent(AccessContext context, Consent consent, String caseId) {
        Checks.present(consent, "consent");
        Case owner = loadFor(caseId, consent.student());
        guard.check(
                context,
                AccessRequest.inCase(Operation.WRITE, "consent.record", owner, DataCategory.CASE));
        return store.create(consent);
    }

    /**
     * Records a withdrawal of consent. It applies to every access from {@code day} on.
     *
     * @param context the actor and purpose; never {@code null}
     * @param consentId the consent id; never {@code null}
     * @param expectedVersion the version the actor read
     * @param caseId the case it was recorded for; never {@code null}
     * @param day the first day the consent no longer applies; never {@code null}
     * @return the stored consent; never {@code null}
     * @throws ConflictException if the version is stale
     * @throws ee.lim.spi.AccessDeniedException if the actor may not write case data
     */
    public Consent withdrawConsent(
            AccessContext context,
            String consentId,
            long expectedVersion,
            String caseId,
            LocalDate day) {
        Consent consent = find(Consent.class, consentId, expectedVersion);
        Case owner = loadFor(caseId, consent.student());
        guard.check(
                context,
                AccessRequest.inCase(
                        Operation.WRITE, "consent.withdraw", owner, DataCategory.CASE));
        return store.update(consent.withdraw(day));
    }

    /**
     * Records a notification under a statutory duty, such as a child-protection notification. It is
     * never blocked by a missing or refused consent and needs no case; it is recorded in the audit
     * trail under the duty, one entry per category.
     *
     * @param context the actor and purpose; never {@code null}
     * @param student the student; never {@code null}
     * @param categories the data categories notified; never empty
     * @param statutoryDuty the duty, such as {@link StatutoryDuty#CHILD_IN_NEED_NOTIFICATION};
     *     never blank
     * @return the legal basis recorded; never {@code null}
     * @throws ee.lim.spi.AccessDeniedException if the policy declares no such duty for the
     *     categories
     */
    public LegalBasis notifyUnderDuty(
            AccessContext context,
            StudentKey student,
            Set<DataCategory> categories,
            String statutoryDuty) {
        Checks.notBlank(statutoryDuty, "statutoryDuty");
        Set<DataCategory> notified = Checks.setOf(categories, "categories");
        Checks.require(!notified.isEmpty(), "categories", "categories is empty");
        // Check every category before recording any, so a denial records nothing.
        for (DataCategory category : notified) {
            AccessDecision decision =
                    guard.decide(
                            context,
                            new AccessRequest(
                                    Operation.WRITE,
                                    "duty.notify",
                                    student,
                                    null,
                                    category,
                                    statutoryDuty));
            if (!decision.permitted()) {
                throw new ee.lim.spi.AccessDeniedException(decision.reason());
            }
        }
        LegalBasis basis = null;
        for (DataCategory category : sorted(notified)) {
            basis =
                    guard.check(
                            context,
                            new AccessRequest(
                                    Operation.WRITE,
                                    "duty.notify",
                                    student,
                                    null,
                                    category,
                                    statutoryDuty));
        }
        return basis;
    }

    private static List<DataCategory> sorted(Set<DataCategory> categories) {
        List<DataCategory> list = new ArrayList<>(categories);
        list.sort(null);
        return list;
    }

    private Case load(String caseId) {
        Checks.present(caseId, "caseId");
        return store.find(Case.class, caseId)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "caseId", "no case has id " + caseId + "; check the id"));
    }

    private Case loadAt(String caseId, long expectedVersion) {
        Case found = load(caseId);
        if (found.version() != expectedVersion) {
            throw new ConflictException(
                    "Case "
                            + caseId
                            + " is at version "
                            + found.version()
                            + ", expected "
                            + expectedVersion
                            + "; reload it and decide again");
        }
        return found;
    }

    private Case loadFor(String caseId, StudentKey student) {
        Case found = load(caseId);
        Checks.require(
                found.student().equals(student),
                "caseId",
                "case " + caseId + " is about another student than the record");
        return found;
    }

    private <T extends CaseRecord> T find(Class<T> type, String id, long expectedVersion) {
        Checks.present(id, "id");
        T found =
                store.find(type, id)
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                "id",
                                                "no "
                                                        + type.getSimpleName()
                                                        + " has id "
                                                        + id
                                                        + "; check the id"));
        if (found.version() != expectedVersion) {
            throw new ConflictException(
                    type.getSimpleName()
                            + " "
                            + id
                            + " is at version "
                            + found.version()
                            + ", expected "
                            + expectedVersion
                            + "; reload it and decide again");
        }
        return found;
    }
}
