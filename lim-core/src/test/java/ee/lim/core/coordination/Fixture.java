package ee.lim.core.coordination;

import ee.lim.spi.coordination.Consent;
import ee.lim.spi.coordination.ConsentAnswer;
import ee.lim.spi.coordination.ConsentParty;
import ee.lim.spi.coordination.ConsentResponse;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.coordination.EscalationLadder;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.Specialist;
import ee.lim.spi.model.StudentKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** A case service over in-memory stores, on a clock the test moves. */
final class Fixture {
    static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    static final StudentKey STUDENT = new StudentKey("stu-1");
    static final Specialist TEACHER =
            new Specialist(
                    "sp-teacher", EscalationLadder.CLASS_TEACHER, Sector.EDUCATION, "school-1");
    static final Specialist SEN =
            new Specialist(
                    "sp-sen", EscalationLadder.SEN_COORDINATOR, Sector.EDUCATION, "school-1");
    static final Specialist CHILD_PROTECTION =
            new Specialist(
                    "sp-cp",
                    EscalationLadder.CHILD_PROTECTION_SPECIALIST,
                    Sector.CHILD_PROTECTION,
                    "municipality-1");
    static final Specialist HEAD_SOCIAL =
            new Specialist(
                    "sp-head",
                    EscalationLadder.HEAD_OF_SOCIAL_DEPARTMENT,
                    Sector.SOCIAL,
                    "municipality-1");
    static final Specialist YOUTH_WORKER =
            new Specialist("sp-youth", "youth-worker", Sector.YOUTH_WORK, "youth-centre-1");
    static final Specialist OUTSIDER =
            new Specialist(
                    "sp-other", EscalationLadder.CLASS_TEACHER, Sector.EDUCATION, "school-2");

    final InMemoryCaseStore store = new InMemoryCaseStore();
    final InMemoryAuditSink sink = new InMemoryAuditSink();
    final MutableClock clock = new MutableClock(DAY);
    final AuditTrail audit = new AuditTrail(sink, clock);
    final AccessGuard guard;
    final CaseService service;

    Fixture(int studentAge) {
        guard =
                new AccessGuard(
                        AccessPolicy.standard(),
                        new ConsentEvaluator(18),
                        (student, day) -> OptionalInt.of(studentAge),
                        store,
                        audit,
                        clock);
        service = new CaseService(store, guard, EscalationLadder.standard(), clock);
    }

    Fixture() {
        this(14);
    }

    static AccessContext as(Specialist actor) {
        return new AccessContext(actor, AccessContext.CASE_COORDINATION);
    }

    static Consent consent(
            String id,
            Set<Sector> sectors,
            Set<DataCategory> categories,
            ConsentAnswer... answers) {
        List<ConsentResponse> responses = new java.util.ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            responses.add(
                    new ConsentResponse(
                            "guardian-" + i,
                            ConsentParty.GUARDIAN,
                            answers[i],
                            answers[i] == ConsentAnswer.UNANSWERED ? null : DAY));
        }
        return new Consent(
                id,
                0,
                STUDENT,
                AccessContext.CASE_COORDINATION,
                sectors,
                Set.of(),
                categories,
                DAY,
                null,
                responses,
                null);
    }

    static Set<DataCategory> all() {
        return EnumSet.allOf(DataCategory.class);
    }

    /** A clock whose day the test sets. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(LocalDate day) {
            set(day);
        }

        void set(LocalDate day) {
            now = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
