package ee.lim.core.coordination;

import ee.lim.spi.coordination.Case;
import ee.lim.spi.coordination.CaseOrigin;
import ee.lim.spi.coordination.CaseState;
import ee.lim.spi.coordination.Consent;
import ee.lim.spi.coordination.ConsentAnswer;
import ee.lim.spi.coordination.ConsentParty;
import ee.lim.spi.coordination.ConsentResponse;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.Specialist;
import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Random access scenarios for the property tests, each built from one seed so it can be rerun. */
final class Scenarios {
    static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    static final StudentKey STUDENT = new StudentKey("stu-1");
    static final List<String> ROLES =
            List.of(
                    "class-teacher",
                    "sen-coordinator",
                    "school-support-team",
                    "school-psychologist",
                    "head-of-education-department",
                    "child-protection-specialist",
                    "social-worker",
                    "head-of-social-department",
                    "youth-worker",
                    "school-nurse",
                    "police-officer",
                    "caretaker");
    static final List<String> ORGANISATIONS = List.of("org-a", "org-b", "org-c");
    static final List<String> PURPOSES = List.of("case-coordination", "referral");
    static final List<String> DUTIES =
            List.of("Child Protection Act §27", "Child Protection Act §30", "Some Other Act §1");

    private static final java.util.Map<String, Sector> NATURAL_SECTOR =
            java.util.Map.ofEntries(
                    java.util.Map.entry("class-teacher", Sector.EDUCATION),
                    java.util.Map.entry("sen-coordinator", Sector.EDUCATION),
                    java.util.Map.entry("school-support-team", Sector.EDUCATION),
                    java.util.Map.entry("school-psychologist", Sector.EDUCATION),
                    java.util.Map.entry("head-of-education-department", Sector.EDUCATION),
                    java.util.Map.entry("child-protection-specialist", Sector.CHILD_PROTECTION),
                    java.util.Map.entry("social-worker", Sector.SOCIAL),
                    java.util.Map.entry("head-of-social-department", Sector.SOCIAL),
                    java.util.Map.entry("youth-worker", Sector.YOUTH_WORK),
                    java.util.Map.entry("school-nurse", Sector.HEALTH),
                    java.util.Map.entry("police-officer", Sector.POLICE),
                    java.util.Map.entry("caretaker", Sector.EDUCATION));

    private Scenarios() {}

    /** One access request with everything the decision depends on. */
    record Scenario(
            long seed,
            Specialist actor,
            String purpose,
            Case caseFile,
            DataCategory category,
            Operation operation,
            List<Consent> consents,
            int age,
            String duty) {
        AccessContext context() {
            return new AccessContext(actor, purpose);
        }

        AccessRequest request() {
            return new AccessRequest(operation, "test.access", STUDENT, caseFile, category, duty);
        }

        @Override
        public String toString() {
            return "Scenario(seed "
                    + seed
                    + ", "
                    + actor.role()
                    + "/"
                    + actor.sector()
                    + "/"
                    + actor.organisationId()
                    + ", member "
                    + (caseFile != null && caseFile.hasMember(actor.id()))
                    + ", "
                    + operation
                    + " "
                    + category
                    + ", purpose "
                    + purpose
                    + ", age "
                    + age
                    + ", duty "
                    + duty
                    + ", consents "
                    + consents
                    + ")";
        }
    }

    static Gen<Scenario> scenarios() {
        return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).map(Scenarios::scenario);
    }

    static Scenario scenario(long seed) {
        Random random = new Random(seed);
        String role = pick(random, ROLES);
        // Mostly the role's own sector, sometimes any sector, so mismatches are tried too.
        Sector sector =
                random.nextInt(10) < 7
                        ? NATURAL_SECTOR.get(role)
                        : pick(random, List.of(Sector.values()));
        Specialist actor = new Specialist("sp-actor", role, sector, pick(random, ORGANISATIONS));
        String purpose = random.nextInt(5) == 0 ? PURPOSES.get(1) : PURPOSES.get(0);
        DataCategory category = pick(random, List.of(DataCategory.values()));
        Case caseFile = null;
        int shape = random.nextInt(10);
        if (shape > 0) {
            Specialist coordinator =
                    new Specialist("sp-coordinator", "class-teacher", Sector.EDUCATION, "org-a");
            List<Specialist> team = new ArrayList<>();
            if (shape > 4) {
                team.add(actor);
            }
            team.add(new Specialist("sp-other", "youth-worker", Sector.YOUTH_WORK, "org-c"));
            caseFile =
                    new Case(
                            "case-1",
                            1,
                            STUDENT,
                            CaseOrigin.SPECIALIST,
                            DAY,
                            coordinator,
                            team,
                            1,
                            CaseState.OPEN,
                            null);
        }
        List<Consent> consents = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Consent consent = consent(random, "consent-" + i);
            consents.add(
                    random.nextBoolean() ? aimedAt(consent, actor, purpose, category) : consent);
        }
        String duty = random.nextInt(6) == 0 ? pick(random, DUTIES) : null;
        return new Scenario(
                seed,
                actor,
                purpose,
                caseFile,
                category,
                pick(random, List.of(Operation.values())),
                consents,
                10 + random.nextInt(11),
                duty);
    }

    /** Returns the consent widened to the actor's sector, the purpose and the category. */
    static Consent aimedAt(
            Consent consent, Specialist actor, String purpose, DataCategory category) {
        Set<Sector> sectors = new HashSet<>(consent.recipientSectors());
        sectors.add(actor.sector());
        Set<DataCategory> categories = new HashSet<>(consent.categories());
        categories.add(category);
        return new Consent(
                consent.id(),
                consent.version(),
                consent.student(),
                purpose,
                sectors,
                consent.recipientOrganisations(),
                categories,
                consent.validFrom(),
                consent.validTo(),
                consent.responses(),
                consent.withdrawnOn());
    }

    static Consent consent(Random random, String id) {
        Set<Sector> sectors = subset(random, List.of(Sector.values()), 0.3);
        Set<String> organisations = new HashSet<>(subset(random, ORGANISATIONS, 0.2));
        if (sectors.isEmpty() && organisations.isEmpty()) {
            organisations.add(pick(random, ORGANISATIONS));
        }
        Set<DataCategory> categories = subset(random, List.of(DataCategory.values()), 0.5);
        if (categories.isEmpty()) {
            categories.add(pick(random, List.of(DataCategory.values())));
        }
        LocalDate from = DAY.minusDays(random.nextInt(30) - 5);
        LocalDate to = random.nextBoolean() ? null : from.plusDays(random.nextInt(60));
        LocalDate withdrawn = random.nextInt(4) == 0 ? DAY.plusDays(random.nextInt(11) - 5) : null;
        List<ConsentResponse> responses = new ArrayList<>();
        int guardians = random.nextInt(3);
        for (int g = 0; g < guardians; g++) {
            responses.add(response(random, "guardian-" + g, ConsentParty.GUARDIAN));
        }
        if (random.nextBoolean()) {
            responses.add(response(random, "young-person", ConsentParty.YOUNG_PERSON));
        }
        return new Consent(
                id,
                1,
                STUDENT,
                pick(random, PURPOSES),
                sectors,
                organisations,
                categories,
                from,
                to,
                responses,
                withdrawn);
    }

    private static ConsentResponse response(Random random, String party, ConsentParty kind) {
        ConsentAnswer answer =
                random.nextInt(3) == 0
                        ? pick(random, List.of(ConsentAnswer.values()))
                        : ConsentAnswer.GIVEN;
        LocalDate answered =
                answer == ConsentAnswer.UNANSWERED ? null : DAY.plusDays(random.nextInt(8) - 6);
        return new ConsentResponse(party, kind, answer, answered);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static <T> Set<T> subset(Random random, List<T> values, double probability) {
        Set<T> chosen = new HashSet<>();
        for (T value : values) {
            if (random.nextDouble() < probability) {
                chosen.add(value);
            }
        }
        return chosen;
    }
}
