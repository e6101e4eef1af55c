package ee.lim.core.coordination;

import ee.lim.spi.coordination.Consent;
import ee.lim.spi.coordination.ConsentAnswer;
import ee.lim.spi.coordination.ConsentParty;
import ee.lim.spi.coordination.ConsentResponse;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.coordination.LegalBasis;
import ee.lim.spi.model.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An independent statement of the standard access policy and the consent rules, written as a plain
 * table and plain checks, for the property tests to compare the implementation against.
 */
final class PolicyOracle {
    private static final String SCHOOL = "IDENTITY ATTENDANCE GRADES BEHAVIOUR RISK SUPPORT CASE";
    private static final String LOCAL_OWN = "IDENTITY CASE FAMILY_SOCIAL";
    private static final String SCHOOL_SHARED = "ATTENDANCE GRADES BEHAVIOUR RISK SUPPORT";

    /** role, sector, operations (R, W or RW), basis (public or consent), categories. */
    private static final List<String[]> TABLE =
            List.of(
                    row("class-teacher EDUCATION RW public", SCHOOL),
                    row("school-support-team EDUCATION RW public", SCHOOL),
                    row("sen-coordinator EDUCATION RW public", SCHOOL),
                    row("school-psychologist EDUCATION RW public", SCHOOL),
                    row("social-pedagogue EDUCATION RW public", SCHOOL),
                    row("special-education-teacher EDUCATION RW public", SCHOOL),
                    row("speech-therapist EDUCATION RW public", SCHOOL),
                    row("head-of-education-department EDUCATION RW public", SCHOOL),
                    row("child-protection-specialist CHILD_PROTECTION RW public", LOCAL_OWN),
                    row("child-protection-specialist CHILD_PROTECTION R consent", SCHOOL_SHARED),
                    row("social-worker SOCIAL RW public", LOCAL_OWN),
                    row("social-worker SOCIAL R consent", SCHOOL_SHARED),
                    row("head-of-social-department SOCIAL RW public", LOCAL_OWN),
                    row("head-of-social-department SOCIAL R consent", SCHOOL_SHARED),
                    row("youth-worker YOUTH_WORK RW consent", "IDENTITY CASE"),
                    row("school-nurse HEALTH RW public", "IDENTITY HEALTH"),
                    row("school-nurse HEALTH R consent", "CASE ATTENDANCE"));

    private static final String NOTIFIED = "IDENTITY ATTENDANCE BEHAVIOUR RISK FAMILY_SOCIAL CASE";

    /** duty, operations, actor sector (ANY for everyone), categories. */
    private static final List<String[]> DUTIES =
            List.of(
                    new String[] {"Child Protection Act §27", "W", "ANY", NOTIFIED},
                    new String[] {"Child Protection Act §30", "W", "ANY", NOTIFIED},
                    new String[] {
                        "Child Protection Act §27",
                        "R",
                        "CHILD_PROTECTION",
                        "IDENTITY ATTENDANCE GRADES BEHAVIOUR RISK SUPPORT FAMILY_SOCIAL CASE"
                    });

    private PolicyOracle() {}

    private static String[] row(String head, String categories) {
        String[] parts = head.split(" ", -1);
        return new String[] {parts[0], parts[1], parts[2], parts[3], categories};
    }

    private static boolean has(String spaceSeparated, String word) {
        return List.of(spaceSeparated.split(" ")).contains(word);
    }

    private static String letter(Operation operation) {
        return operation == Operation.READ ? "R" : "W";
    }

    /**
     * Returns the kind of legal basis that permits the scenario's access, or {@code null} if none.
     */
    static LegalBasis.Kind expected(Scenarios.Scenario s) {
        if (s.duty() != null) {
            for (String[] duty : DUTIES) {
                if (duty[0].equals(s.duty())
                        && duty[1].contains(letter(s.operation()))
                        && (duty[2].equals("ANY") || duty[2].equals(s.actor().sector().name()))
                        && has(duty[3], s.category().name())) {
                    return LegalBasis.Kind.STATUTORY_DUTY;
                }
            }
            return null;
        }
        boolean member = s.caseFile() != null && s.caseFile().hasMember(s.actor().id());
        for (String[] row : TABLE) {
            if (!row[0].equals(s.actor().role())
                    || !row[1].equals(s.actor().sector().name())
                    || !row[2].contains(letter(s.operation()))
                    || !has(row[4], s.category().name())
                    || !member) {
                continue;
            }
            if (row[3].equals("public")) {
                return LegalBasis.Kind.PUBLIC_TASK;
            }
            if (consented(
                    s.consents(),
                    s.purpose(),
                    s.actor().sector(),
                    s.actor().organisationId(),
                    Set.of(s.category()),
                    Scenarios.DAY,
                    s.age())) {
                return LegalBasis.Kind.CONSENT;
            }
        }
        return null;
    }

    /** The consent rules, stated once more: scope, dates, then who decides. */
    static boolean consented(
            List<Consent> consents,
            String purpose,
            Sector sector,
            String organisation,
            Set<DataCategory> categories,
            LocalDate day,
            int age) {
        for (Consent c : consents) {
            boolean scope =
                    c.purpose().equals(purpose)
                            && (c.recipientSectors().contains(sector)
                                    || c.recipientOrganisations().contains(organisation))
                            && c.categories().containsAll(categories);
            boolean dates =
                    !c.validFrom().isAfter(day)
                            && (c.validTo() == null || !c.validTo().isBefore(day))
                            && (c.withdrawnOn() == null || c.withdrawnOn().isAfter(day));
            if (scope && dates && decidersAgree(c.responses(), day, age)) {
                return true;
            }
        }
        return false;
    }

    private static boolean decidersAgree(List<ConsentResponse> responses, LocalDate day, int age) {
        ConsentParty decider = age >= 18 ? ConsentParty.YOUNG_PERSON : ConsentParty.GUARDIAN;
        int asked = 0;
        for (ConsentResponse response : responses) {
            if (response.party() != decider) {
                continue;
            }
            asked++;
            boolean givenByThen =
                    response.answer() == ConsentAnswer.GIVEN && !response.answeredOn().isAfter(day);
            if (!givenByThen) {
                return false;
            }
        }
        return asked > 0;
    }
}
