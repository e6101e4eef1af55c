package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.service.Eligibility;
import ee.lim.spi.service.EligibilityFact;
import ee.lim.spi.service.EligibilityResult;
import ee.lim.spi.service.Service;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Checks a student's facts against a service's eligibility rules.
 *
 * <p>Each rule gives one of three answers. A rule whose fact is missing makes the answer {@code
 * UNKNOWN} unless another rule is already broken, so that a student is never excluded for a fact
 * nobody recorded. The reason codes of {@code NOT_ELIGIBLE} are:
 *
 * <ul>
 *   <li>{@code service-inactive}: the directory says the service takes no referrals now;
 *   <li>{@code age-below-min}, {@code age-above-max}: age in whole years on the as-of date, from
 *       the birth month (see {@link ee.lim.spi.model.Student#ageOn});
 *   <li>{@code grade-below-min}, {@code grade-above-max};
 *   <li>{@code municipality-not-served}: the municipality of residence is not in the service area;
 *   <li>{@code language-not-offered};
 *   <li>{@code tier-below-required}: the student receives a lower support tier than the service
 *       requires, or none;
 *   <li>{@code consent-refused}.
 * </ul>
 *
 * <p>Consent that is {@link ConsentStatus#UNKNOWN} makes a consent-requiring service {@code
 * UNKNOWN} with the missing fact {@link EligibilityFact#CONSENT}.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EligibilityEvaluator {

    /** Creates an evaluator. */
    public EligibilityEvaluator() {}

    /**
     * Evaluates one student against one service.
     *
     * @param service the service; never {@code null}
     * @param facts the student's facts; never {@code null}
     * @param asOf the date on which age is computed; never {@code null}
     * @return the answer with reasons or missing facts; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if an argument is null
     */
    public EligibilityResult evaluate(Service service, StudentFacts facts, LocalDate asOf) {
        Checks.present(service, "service");
        Checks.present(facts, "facts");
        Checks.present(asOf, "asOf");
        Eligibility rules = service.eligibility();
        List<String> reasons = new ArrayList<>(2);
        Set<EligibilityFact> missing = EnumSet.noneOf(EligibilityFact.class);
        if (!service.active()) {
            reasons.add("service-inactive");
        }
        checkAge(rules, facts, asOf, reasons, missing);
        checkGrade(rules, facts, reasons, missing);
        checkMunicipality(rules, facts, reasons, missing);
        checkLanguage(rules, facts, reasons, missing);
        checkTier(rules, facts, reasons, missing);
        checkConsent(rules, facts, reasons, missing);
        if (!reasons.isEmpty()) {
            return new EligibilityResult(EligibilityResult.Status.NOT_ELIGIBLE, reasons, missing);
        }
        if (!missing.isEmpty()) {
            return new EligibilityResult(EligibilityResult.Status.UNKNOWN, List.of(), missing);
        }
        return new EligibilityResult(EligibilityResult.Status.ELIGIBLE, List.of(), Set.of());
    }

    /**
     * Tells whether {@link #evaluate} would answer {@code ELIGIBLE}, without building the answer.
     * Matching calls it for every candidate pair, so it allocates nothing.
     *
     * @param service the service
     * @param facts the student's facts
     * @param age the student's age on the as-of date, or {@code null} if unknown
     * @return {@code true} exactly when every rule is met with its facts present
     */
    static boolean isEligible(Service service, StudentFacts facts, Integer age) {
        if (!service.active()) {
            return false;
        }
        Eligibility rules = service.eligibility();
        if (rules.minAge() != null || rules.maxAge() != null) {
            if (age == null
                    || (rules.minAge() != null && age < rules.minAge())
                    || (rules.maxAge() != null && age > rules.maxAge())) {
                return false;
            }
        }
        Integer grade = facts.student().grade();
        if (rules.minGrade() != null || rules.maxGrade() != null) {
            if (grade == null
                    || (rules.minGrade() != null && grade < rules.minGrade())
                    || (rules.maxGrade() != null && grade > rules.maxGrade())) {
                return false;
            }
        }
        String municipality = facts.student().residenceMunicipality();
        if (!rules.municipalities().isEmpty()
                && (municipality == null || !rules.municipalities().contains(municipality))) {
            return false;
        }
        String language = facts.student().language();
        if (!rules.languages().isEmpty()
                && (language == null || !rules.languages().contains(language))) {
            return false;
        }
        if (rules.requiredTier() != null
                && (!facts.supportTierKnown()
                        || facts.supportTier() == null
                        || facts.supportTier().compareTo(rules.requiredTier()) < 0)) {
            return false;
        }
        return !rules.consentRequired() || facts.consent() == ConsentStatus.GIVEN;
    }

    private static void checkAge(
            Eligibility rules,
            StudentFacts facts,
            LocalDate asOf,
            List<String> reasons,
            Set<EligibilityFact> missing) {
        if (rules.minAge() == null && rules.maxAge() == null) {
            return;
        }
        Integer age = facts.student().ageOn(asOf);
        if (age == null) {
            missing.add(EligibilityFact.AGE);
        } else if (rules.minAge() != null && age < rules.minAge()) {
            reasons.add("age-below-min");
        } else if (rules.maxAge() != null && age > rules.maxAge()) {
            reasons.add("age-above-max");
        }
    }

    private static void checkGrade(
            Eligibility rules,
            StudentFacts facts,
            List<String> reasons,
            Set<EligibilityFact> missing) {
        if (rules.minGrade() == null && rules.maxGrade() == null) {
            return;
        }
        Integer grade = facts.student().grade();
        if (grade == null) {
            missing.add(EligibilityFact.GRADE);
        } else if (rules.minGrade() != null && grade < rules.minGrade()) {
            reasons.add("grade-below-min");
        } else if (rules.maxGrade() != null && grade > rules.maxGrade()) {
            reasons.add("grade-above-max");
        }
    }

    private static void checkMunicipality(
            Eligibility rules,
            StudentFacts facts,
            List<String> reasons,
            Set<EligibilityFact> missing) {
        if (rules.municipalities().isEmpty()) {
            return;
        }
        String municipality = facts.student().residenceMunicipality();
        if (municipality == null) {
            missing.add(EligibilityFact.MUNICIPALITY);
        } else if (!rules.municipalities().contains(municipality)) {
            reasons.add("municipality-not-served");
        }
    }

    private static void checkLanguage(
            Eligibility rules,
            StudentFacts facts,
            List<String> reasons,
            Set<EligibilityFact> missing) {
        if (rules.languages().isEmpty()) {
            return;
        }
        String language = facts.student().language();
        if (language == null) {
            missing.add(EligibilityFact.LANGUAGE);
        } else if (!rules.languages().contains(language)) {
            reasons.add("language-not-offered");
        }
    }

    private static void checkTier(
            Eligibility rules,
            StudentFacts facts,
            List<String> reasons,
            Set<EligibilityFact> missing) {
        if (rules.requiredTier() == null) {
            return;
        }
        if (!facts.supportTierKnown()) {
            missing.add(EligibilityFact.SUPPORT_TIER);
        } else if (facts.supportTier() == null
                || facts.supportTier().compareTo(rules.requiredTier()) < 0) {
            reasons.add("tier-below-required");
        }
    }

    private static void checkConsent(
            Eligibility rules,
            StudentFacts facts,
            List<String> reasons,
            Set<EligibilityFact> missing) {
        if (!rules.consentRequired()) {
            return;
        }
        if (facts.consent() == ConsentStatus.REFUSED) {
            reasons.add("consent-refused");
        } else if (facts.consent() == ConsentStatus.UNKNOWN) {
            missing.add(EligibilityFact.CONSENT);
        }
    }
}
