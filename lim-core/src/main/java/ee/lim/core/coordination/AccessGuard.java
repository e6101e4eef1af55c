package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.AccessDeniedException;
import ee.lim.spi.CaseStore;
import ee.lim.spi.Checks;
import ee.lim.spi.coordination.Consent;
import ee.lim.spi.coordination.LegalBasis;
import ee.lim.spi.model.Sector;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Enforces the {@link AccessPolicy} on every read or change of personal data and writes the audit
 * trail: who, what, which student key, which data category, for which purpose, under which legal
 * basis, and when. A denied access throws and leaves no audit entry. A permitted access is recorded
 * before the caller stores its change, so a change that then fails still leaves an entry that
 * records the attempt.
 *
 * <p>Consents are read from the case store at the moment of the check, so a withdrawal takes effect
 * on the next access. Thread-safe when its collaborators are.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AccessGuard {
    private final AccessPolicy policy;
    private final ConsentEvaluator consents;
    private final StudentAges ages;
    private final CaseStore store;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * Creates a guard.
     *
     * @param policy the access policy; never {@code null}
     * @param consents the consent rules; never {@code null}
     * @param ages the student ages for the consent rules; never {@code null}
     * @param store the store the consents are read from; never {@code null}
     * @param audit the audit trail written on every permitted access; never {@code null}
     * @param clock the clock that dates accesses; never {@code null}
     */
    public AccessGuard(
            AccessPolicy policy,
            ConsentEvaluator consents,
            StudentAges ages,
            CaseStore store,
            AuditTrail audit,
            Clock clock) {
        this.policy = Checks.present(policy, "policy");
        this.consents = Checks.present(consents, "consents");
        this.ages = Checks.present(ages, "ages");
        this.store = Checks.present(store, "store");
        this.audit = Checks.present(audit, "audit");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * Decides an access without recording it, for showing what a user may do.
     *
     * @param context the actor and purpose; never {@code null}
     * @param request the access; never {@code null}
     * @return the decision; never {@code null}
     * @throws ee.lim.spi.PluginException if the store fails
     */
    public AccessDecision decide(AccessContext context, AccessRequest request) {
        Checks.present(context, "context");
        Checks.present(request, "request");
        LocalDate day = LocalDate.now(clock);
        List<Consent> onFile =
                request.statutoryDuty() == null
                        ? store.findByStudent(Consent.class, request.student())
                        : List.of();
        OptionalInt age = ages.ageOn(request.student(), day);
        return policy.decide(context, request, onFile, consents, day, age);
    }

    /**
     * Checks an access and records it in the audit trail.
     *
     * @param context the actor and purpose; never {@code null}
     * @param request the access; never {@code null}
     * @return the legal basis the access was permitted under; never {@code null}
     * @throws AccessDeniedException if the policy does not permit it; nothing was recorded
     * @throws ee.lim.spi.PluginException if the store or the audit sink fails
     */
    public LegalBasis check(AccessContext context, AccessRequest request) {
        AccessDecision decision = decide(context, request);
        if (!decision.permitted()) {
            throw new AccessDeniedException(decision.reason());
        }
        audit.append(
                context.actor().id(),
                request.action(),
                request.student(),
                request.category(),
                context.purpose(),
                decision.basis());
        return decision.basis();
    }

    /**
     * Checks that data may be sent to another organisation, such as with a referral, and records
     * the share. The actor needs a rule that lets them write the category; the recipient needs a
     * consent covering the purpose, the recipient and the category, unless the share is made under
     * a statutory duty, which never waits for consent.
     *
     * @param context the actor and purpose; never {@code null}
     * @param request the share, as a {@link Operation#WRITE}; never {@code null}
     * @param recipientSector the receiving organisation's sector; never {@code null}
     * @param recipientOrganisation the receiving organisation's id; never blank
     * @return the consent or statutory duty the share is made under; never {@code null}
     * @throws AccessDeniedException if the actor may not write the data or no consent permits the
     *     share; nothing was recorded
     * @throws ee.lim.spi.PluginException if the store or the audit sink fails
     */
    public LegalBasis checkShare(
            AccessContext context,
            AccessRequest request,
            Sector recipientSector,
            String recipientOrganisation) {
        Checks.present(recipientSector, "recipientSector");
        Checks.notBlank(recipientOrganisation, "recipientOrganisation");
        if (request.statutoryDuty() != null) {
            return check(context, request);
        }
        AccessDecision own = decide(context, request);
        if (!own.permitted()) {
            throw new AccessDeniedException(own.reason());
        }
        LocalDate day = LocalDate.now(clock);
        ConsentDecision consent =
                consents.evaluate(
                        store.findByStudent(Consent.class, request.student()),
                        new ConsentQuery(
                                request.student(),
                                context.purpose(),
                                recipientSector,
                                recipientOrganisation,
                                Set.of(request.category()),
                                day,
                                ages.ageOn(request.student(), day)));
        if (!consent.permitted()) {
            throw new AccessDeniedException(
                    "Access denied: sharing "
                            + request.category()
                            + " with sector "
                            + recipientSector
                            + " for purpose "
                            + context.purpose()
                            + " needs a consent: "
                            + consent.reason()
                            + (consent.consentId() == null
                                    ? ""
                                    : " (consent " + consent.consentId() + ")"));
        }
        LegalBasis basis = new LegalBasis(LegalBasis.Kind.CONSENT, consent.consentId());
        audit.append(
                context.actor().id(),
                request.action(),
                request.student(),
                request.category(),
                context.purpose(),
                basis);
        return basis;
    }
}
