package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.coordination.Consent;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.coordination.EscalationLadder;
import ee.lim.spi.coordination.LegalBasis;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.Specialist;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The table that decides every read or change of personal data: role × sector × data category ×
 * case-team membership × consent, plus the statutory duties that apply whatever the consent.
 *
 * <p>An access is permitted when it is made under a declared statutory duty that covers the actor's
 * sector, the category and the operation; or when an {@link AccessRule} matches the actor's role,
 * sector, the category and the operation, the actor is on the case team if the rule requires it,
 * and the rule's basis applies: the public task suffices by itself, a consent must permit the share
 * to the actor's sector or organisation ({@link ConsentEvaluator}). Anything else is denied.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param rules the access rules; never {@code null}
 * @param duties the statutory duties; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AccessPolicy(List<AccessRule> rules, List<StatutoryDuty> duties) {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param rules the access rules; never {@code null}
     * @param duties the statutory duties; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a list or an element is {@code null}
     */
    public AccessPolicy {
        rules = Checks.listOf(rules, "AccessPolicy.rules");
        duties = Checks.listOf(duties, "AccessPolicy.duties");
    }

    /**
     * Returns the default policy for Estonian case work. School staff read and write school data of
     * students whose case team they are on under the school's public task; child protection and
     * social work have their own family and case data under their public task and need a consent
     * for school data; youth work and health need a consent for case data. Anyone may notify child
     * protection of a child in need or in danger (Child Protection Act §27 and §30), and a
     * child-protection specialist may read what the assessment of such a child needs.
     *
     * @return the policy; never {@code null}
     */
    public static AccessPolicy standard() {
        Set<DataCategory> school =
                EnumSet.of(
                        DataCategory.IDENTITY,
                        DataCategory.ATTENDANCE,
                        DataCategory.GRADES,
                        DataCategory.BEHAVIOUR,
                        DataCategory.RISK,
                        DataCategory.SUPPORT,
                        DataCategory.CASE);
        Set<DataCategory> localOwn =
                EnumSet.of(DataCategory.IDENTITY, DataCategory.CASE, DataCategory.FAMILY_SOCIAL);
        Set<DataCategory> schoolShared =
                EnumSet.of(
                        DataCategory.ATTENDANCE,
                        DataCategory.GRADES,
                        DataCategory.BEHAVIOUR,
                        DataCategory.RISK,
                        DataCategory.SUPPORT);
        Set<Operation> all = EnumSet.allOf(Operation.class);
        Set<Operation> read = EnumSet.of(Operation.READ);
        List<AccessRule> rules = new ArrayList<>();
        for (String role :
                List.of(
                        EscalationLadder.CLASS_TEACHER,
                        EscalationLadder.SCHOOL_SUPPORT_TEAM,
                        EscalationLadder.SEN_COORDINATOR,
                        "school-psychologist",
                        "social-pedagogue",
                        "special-education-teacher",
                        "speech-therapist",
                        EscalationLadder.HEAD_OF_EDUCATION_DEPARTMENT)) {
            rules.add(
                    new AccessRule(
                            role,
                            Sector.EDUCATION,
                            school,
                            all,
                            true,
                            LegalBasis.Kind.PUBLIC_TASK));
        }
        for (Specialist local :
                List.of(
                        role(EscalationLadder.CHILD_PROTECTION_SPECIALIST, Sector.CHILD_PROTECTION),
                        role("social-worker", Sector.SOCIAL),
                        role(EscalationLadder.HEAD_OF_SOCIAL_DEPARTMENT, Sector.SOCIAL))) {
            rules.add(
                    new AccessRule(
                            local.role(),
                            local.sector(),
                            localOwn,
                            all,
                            true,
                            LegalBasis.Kind.PUBLIC_TASK));
            rules.add(
                    new AccessRule(
                            local.role(),
                            local.sector(),
                            schoolShared,
                            read,
                            true,
                            LegalBasis.Kind.CONSENT));
        }
        rules.add(
                new AccessRule(
                        "youth-worker",
                        Sector.YOUTH_WORK,
                        EnumSet.of(DataCategory.IDENTITY, DataCategory.CASE),
                        all,
                        true,
                        LegalBasis.Kind.CONSENT));
        rules.add(
                new AccessRule(
                        "school-nurse",
                        Sector.HEALTH,
                        EnumSet.of(DataCategory.IDENTITY, DataCategory.HEALTH),
                        all,
                        true,
                        LegalBasis.Kind.PUBLIC_TASK));
        rules.add(
                new AccessRule(
                        "school-nurse",
                        Sector.HEALTH,
                        EnumSet.of(DataCategory.CASE, DataCategory.ATTENDANCE),
                        read,
                        true,
                        LegalBasis.Kind.CONSENT));
        Set<DataCategory> notification =
                EnumSet.of(
                        DataCategory.IDENTITY,
                        DataCategory.ATTENDANCE,
                        DataCategory.BEHAVIOUR,
                        DataCategory.RISK,
                        DataCategory.FAMILY_SOCIAL,
                        DataCategory.CASE);
        List<StatutoryDuty> duties =
                List.of(
                        new StatutoryDuty(
                                StatutoryDuty.CHILD_IN_NEED_NOTIFICATION,
                                EnumSet.of(Operation.WRITE),
                                notification,
                                Set.of()),
                        new StatutoryDuty(
                                StatutoryDuty.CHILD_IN_DANGER_NOTIFICATION,
                                EnumSet.of(Operation.WRITE),
                                notification,
                                Set.of()),
                        new StatutoryDuty(
                                StatutoryDuty.CHILD_IN_NEED_NOTIFICATION,
                                read,
                                EnumSet.complementOf(EnumSet.of(DataCategory.HEALTH)),
                                Set.of(Sector.CHILD_PROTECTION)));
        return new AccessPolicy(rules, duties);
    }

    private static Specialist role(String role, Sector sector) {
        return new Specialist("template", role, sector, "template");
    }

    /**
     * Decides one access. Pure: it reads nothing and records nothing.
     *
     * @param context the actor and the purpose; never {@code null}
     * @param request the access; never {@code null}
     * @param consents the consents on file for the student; never {@code null}
     * @param evaluator the consent rules; never {@code null}
     * @param day the day of the access; never {@code null}
     * @param studentAge the student's age on {@code day}, or empty; never {@code null}
     * @return the decision with its reason; never {@code null}
     */
    public AccessDecision decide(
            AccessContext context,
            AccessRequest request,
            List<Consent> consents,
            ConsentEvaluator evaluator,
            LocalDate day,
            OptionalInt studentAge) {
        Specialist actor = context.actor();
        if (request.statutoryDuty() != null) {
            return decideDuty(actor, request);
        }
        String denial = null;
        for (AccessRule rule : rules) {
            if (!rule.matches(
                    actor.role(), actor.sector(), request.category(), request.operation())) {
                continue;
            }
            if (rule.teamOnly()
                    && (request.caseFile() == null || !request.caseFile().hasMember(actor.id()))) {
                denial = "role " + actor.role() + " needs to be on the case team";
                continue;
            }
            if (rule.basis() == LegalBasis.Kind.PUBLIC_TASK) {
                return AccessDecision.permit(
                        new LegalBasis(
                                LegalBasis.Kind.PUBLIC_TASK,
                                "public task of " + actor.sector() + "/" + actor.role()),
                        "rule " + actor.role() + "/" + actor.sector() + " under the public task");
            }
            ConsentDecision consent =
                    evaluator.evaluate(
                            consents,
                            new ConsentQuery(
                                    request.student(),
                                    context.purpose(),
                                    actor.sector(),
                                    actor.organisationId(),
                                    Set.of(request.category()),
                                    day,
                                    studentAge));
            if (consent.permitted()) {
                return AccessDecision.permit(
                        new LegalBasis(LegalBasis.Kind.CONSENT, consent.consentId()),
                        "rule " + actor.role() + "/" + actor.sector() + " with consent");
            }
            denial =
                    "role "
                            + actor.role()
                            + " needs a consent for purpose "
                            + context.purpose()
                            + " and category "
                            + request.category()
                            + ": "
                            + consent.reason()
                            + (consent.consentId() == null
                                    ? ""
                                    : " (consent " + consent.consentId() + ")");
        }
        if (denial == null) {
            denial =
                    "no access rule lets role "
                            + actor.role()
                            + " in sector "
                            + actor.sector()
                            + " "
                            + request.operation()
                            + " "
                            + request.category();
        }
        return AccessDecision.deny("Access denied: " + denial);
    }

    private AccessDecision decideDuty(Specialist actor, AccessRequest request) {
        for (StatutoryDuty duty : duties) {
            if (duty.reference().equals(request.statutoryDuty())
                    && duty.permits(actor.sector(), request.category(), request.operation())) {
                return AccessDecision.permit(
                        duty.legalBasis(), "statutory duty " + duty.reference());
            }
        }
        return AccessDecision.deny(
                "Access denied: no statutory duty '"
                        + request.statutoryDuty()
                        + "' lets sector "
                        + actor.sector()
                        + " "
                        + request.operation()
                        + " "
                        + request.category());
    }
}
