package ee.lim.core.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import ee.lim.spi.AccessDeniedException;
import ee.lim.spi.coordination.AuditEntry;
import ee.lim.spi.coordination.Consent;
import ee.lim.spi.coordination.ConsentAnswer;
import ee.lim.spi.coordination.ConsentParty;
import ee.lim.spi.coordination.ConsentResponse;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.coordination.LegalBasis;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.Specialist;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the access policy over generated teams, consents and requests, each checked against
 * {@link PolicyOracle}, an independent statement of the rules.
 */
class AccessPolicyPropertyTest {
    private static final long SEED = Long.getLong("lim.test.seed", System.nanoTime());

    static {
        System.out.println(
                "AccessPolicyPropertyTest seed: " + SEED + " (rerun with -Dlim.test.seed)");
    }

    private static final Set<DataCategory> NOTIFIED =
            EnumSet.of(
                    DataCategory.IDENTITY,
                    DataCategory.ATTENDANCE,
                    DataCategory.BEHAVIOUR,
                    DataCategory.RISK,
                    DataCategory.FAMILY_SOCIAL,
                    DataCategory.CASE);

    private static final Set<DataCategory> TEACHER_WRITES =
            EnumSet.complementOf(EnumSet.of(DataCategory.HEALTH, DataCategory.FAMILY_SOCIAL));

    private static Fixture fixtureWith(List<Consent> consents, int age) {
        Fixture fixture = new Fixture(age);
        fixture.clock.set(Scenarios.DAY);
        for (Consent consent : consents) {
            fixture.store.create(consent.withVersion(0));
        }
        return fixture;
    }

    @Test
    void decide_matchesIndependentRuleTable() {
        java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();
        qt().withFixedSeed(SEED)
                .withExamples(6000)
                .forAll(Scenarios.scenarios())
                .checkAssert(
                        s -> {
                            AccessDecision decision =
                                    AccessPolicy.standard()
                                            .decide(
                                                    s.context(),
                                                    s.request(),
                                                    s.consents(),
                                                    new ConsentEvaluator(18),
                                                    Scenarios.DAY,
                                                    OptionalInt.of(s.age()));
                            LegalBasis.Kind expected = PolicyOracle.expected(s);

                            assertEquals(expected != null, decision.permitted(), s.toString());
                            if (expected != null) {
                                assertEquals(expected, decision.basis().kind(), s.toString());
                            }
                            outcomes.merge(String.valueOf(expected), 1, Integer::sum);
                        });

        System.out.println("AccessPolicyPropertyTest outcomes: " + outcomes);
        for (String outcome : List.of("null", "PUBLIC_TASK", "CONSENT", "STATUTORY_DUTY")) {
            assertTrue(outcomes.getOrDefault(outcome, 0) >= 10, "few cases of " + outcome);
        }
    }

    @Test
    void check_noAccessWithoutPermittingRule_andEveryAccessAudited() {
        qt().withFixedSeed(SEED)
                .withExamples(500)
                .forAll(Scenarios.scenarios())
                .checkAssert(
                        s -> {
                            Fixture fixture = fixtureWith(s.consents(), s.age());
                            LegalBasis.Kind expected = PolicyOracle.expected(s);

                            if (expected == null) {
                                assertThrows(
                                        AccessDeniedException.class,
                                        () -> fixture.guard.check(s.context(), s.request()),
                                        s.toString());
                                assertEquals(List.of(), fixture.sink.read(0, 10), s.toString());
                                return;
                            }
                            LegalBasis basis = fixture.guard.check(s.context(), s.request());
                            List<AuditEntry> audit = fixture.sink.read(0, 10);
                            assertEquals(1, audit.size(), s.toString());
                            AuditEntry entry = audit.get(0);
                            assertEquals(expected, basis.kind(), s.toString());
                            assertEquals(basis, entry.basis());
                            assertEquals(s.actor().id(), entry.actorId());
                            assertEquals(Scenarios.STUDENT, entry.student());
                            assertEquals(s.category(), entry.category());
                            assertEquals(s.purpose(), entry.purpose());
                        });
    }

    @Test
    void consentEvaluator_matchesIndependentRules() {
        qt().withFixedSeed(SEED)
                .withExamples(3000)
                .forAll(Scenarios.scenarios())
                .checkAssert(
                        s -> {
                            ConsentDecision decision =
                                    new ConsentEvaluator(18)
                                            .evaluate(
                                                    s.consents(),
                                                    new ConsentQuery(
                                                            Scenarios.STUDENT,
                                                            s.purpose(),
                                                            s.actor().sector(),
                                                            s.actor().organisationId(),
                                                            Set.of(s.category()),
                                                            Scenarios.DAY,
                                                            OptionalInt.of(s.age())));

                            assertEquals(
                                    PolicyOracle.consented(
                                            s.consents(),
                                            s.purpose(),
                                            s.actor().sector(),
                                            s.actor().organisationId(),
                                            Set.of(s.category()),
                                            Scenarios.DAY,
                                            s.age()),
                                    decision.permitted(),
                                    s + " -> " + decision);
                        });
    }

    /** A consent given by every guardian, covering a share, and the day it is withdrawn. */
    private record Withdrawal(long seed, Consent consent, int withdrawnAfter, int shareDay) {}

    private static Gen<Withdrawal> withdrawals() {
        return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE)
                .map(
                        seed -> {
                            Random random = new Random(seed);
                            Consent consent = Scenarios.consent(random, "consent-w");
                            List<ConsentResponse> given = new ArrayList<>();
                            for (int g = 0; g < 1 + random.nextInt(2); g++) {
                                given.add(
                                        new ConsentResponse(
                                                "guardian-" + g,
                                                ConsentParty.GUARDIAN,
                                                ConsentAnswer.GIVEN,
                                                consent.validFrom()));
                            }
                            Consent open =
                                    new Consent(
                                            consent.id(),
                                            0,
                                            consent.student(),
                                            "case-coordination",
                                            consent.recipientSectors().isEmpty()
                                                    ? Set.of(Sector.YOUTH_WORK)
                                                    : consent.recipientSectors(),
                                            consent.recipientOrganisations(),
                                            consent.categories(),
                                            consent.validFrom(),
                                            null,
                                            given,
                                            null);
                            return new Withdrawal(
                                    seed, open, random.nextInt(20), random.nextInt(40));
                        });
    }

    @Test
    void withdrawnConsent_blocksEveryLaterShareItCovered() {
        qt().withFixedSeed(SEED)
                .withExamples(300)
                .forAll(withdrawals())
                .checkAssert(
                        w -> {
                            Fixture fixture = fixtureWith(List.of(), 12);
                            Consent stored = fixture.store.create(w.consent());
                            LocalDate withdrawnOn = stored.validFrom().plusDays(w.withdrawnAfter());
                            fixture.store.update(stored.withdraw(withdrawnOn));
                            LocalDate shareDay = stored.validFrom().plusDays(w.shareDay());
                            fixture.clock.set(shareDay);
                            Sector recipient = stored.recipientSectors().iterator().next();
                            var caseFile =
                                    fixture.service.open(
                                            Fixture.as(Fixture.TEACHER),
                                            "case-" + w.seed(),
                                            Scenarios.STUDENT,
                                            List.of());
                            int before = fixture.sink.read(0, 100).size();

                            for (DataCategory category : stored.categories()) {
                                if (!TEACHER_WRITES.contains(category)) {
                                    // The teacher's own rule denies it whatever the consent.
                                    continue;
                                }
                                AccessRequest share =
                                        AccessRequest.inCase(
                                                Operation.WRITE, "share", caseFile, category);
                                if (shareDay.isBefore(withdrawnOn)) {
                                    LegalBasis basis =
                                            fixture.guard.checkShare(
                                                    Fixture.as(Fixture.TEACHER),
                                                    share,
                                                    recipient,
                                                    "org-z");
                                    assertEquals(LegalBasis.Kind.CONSENT, basis.kind());
                                } else {
                                    assertThrows(
                                            AccessDeniedException.class,
                                            () ->
                                                    fixture.guard.checkShare(
                                                            Fixture.as(Fixture.TEACHER),
                                                            share,
                                                            recipient,
                                                            "org-z"),
                                            w.toString());
                                }
                            }
                            int after = fixture.sink.read(0, 100).size();
                            if (!shareDay.isBefore(withdrawnOn)) {
                                assertEquals(before, after, "denied shares are not recorded");
                            }
                        });
    }

    @Test
    void statutoryDuty_alwaysGoesThroughAndIsRecorded() {
        qt().withFixedSeed(SEED)
                .withExamples(300)
                .forAll(Scenarios.scenarios())
                .checkAssert(
                        s -> {
                            Fixture fixture = fixtureWith(s.consents(), s.age());
                            Random random = new Random(s.seed());
                            Set<DataCategory> categories = new java.util.HashSet<>();
                            for (DataCategory category : NOTIFIED) {
                                if (random.nextBoolean()) {
                                    categories.add(category);
                                }
                            }
                            categories.add(DataCategory.IDENTITY);
                            String duty =
                                    random.nextBoolean()
                                            ? StatutoryDuty.CHILD_IN_NEED_NOTIFICATION
                                            : StatutoryDuty.CHILD_IN_DANGER_NOTIFICATION;
                            Specialist anyone = s.actor();

                            LegalBasis basis =
                                    fixture.service.notifyUnderDuty(
                                            new AccessContext(anyone, s.purpose()),
                                            Scenarios.STUDENT,
                                            categories,
                                            duty);

                            assertEquals(
                                    new LegalBasis(LegalBasis.Kind.STATUTORY_DUTY, duty), basis);
                            List<AuditEntry> audit = fixture.sink.read(0, 100);
                            assertEquals(categories.size(), audit.size());
                            assertTrue(audit.stream().allMatch(e -> e.basis().equals(basis)));
                            assertTrue(fixture.audit.verify().intact());
                        });
    }
}
