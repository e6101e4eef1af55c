package ee.lim.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ee.lim.spi.CaseStore;
import ee.lim.spi.CaseStore.Change;
import ee.lim.spi.ConflictException;
import ee.lim.spi.coordination.ActionItem;
import ee.lim.spi.coordination.Case;
import ee.lim.spi.coordination.CaseOrigin;
import ee.lim.spi.coordination.CaseRecord;
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
import ee.lim.spi.coordination.RejectionReason;
import ee.lim.spi.coordination.SupportPlan;
import ee.lim.spi.model.ReviewDecision;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.Specialist;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.SupportTier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link CaseStore}: records come back as stored, versions count up, a stale or
 * duplicate change throws {@link ConflictException} and changes nothing, a batch applies all or
 * nothing, and concurrent updates of one record lose no write.
 *
 * <p>Each test uses fresh random ids, so {@link #createPlugin()} may return one shared store.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class CaseStoreContract extends LimPluginContract<CaseStore> {
    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    private static final Specialist TEACHER =
            new Specialist("sp-teacher", "class-teacher", Sector.EDUCATION, "school-1");
    private static final Specialist SOCIAL =
            new Specialist("sp-social", "social-worker", Sector.SOCIAL, "municipality-1");

    /** Creates the contract. */
    protected CaseStoreContract() {}

    @Override
    protected final Class<? super CaseStore> role() {
        return CaseStore.class;
    }

    /**
     * Returns how many threads and updates per thread the concurrency test uses. Override to lower
     * it for a slow store.
     *
     * @return threads and updates per thread, as a two-element array
     */
    protected int[] concurrency() {
        return new int[] {4, 8};
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private static StudentKey freshStudent() {
        return new StudentKey("stu-" + UUID.randomUUID().toString().substring(0, 18));
    }

    /**
     * Builds a case at version 0 for tests.
     *
     * @param id the id
     * @param student the student
     * @return the case
     */
    protected static Case sampleCase(String id, StudentKey student) {
        return new Case(
                id,
                0,
                student,
                CaseOrigin.RISK_ASSESSMENT,
                DAY,
                TEACHER,
                List.of(SOCIAL),
                1,
                CaseState.OPEN,
                null);
    }

    private static List<CaseRecord> everyKind(String caseId, StudentKey student) {
        SupportPlan plan =
                new SupportPlan(
                        fresh("plan"),
                        0,
                        caseId,
                        student,
                        List.of("attends every day", "reads at grade level"),
                        List.of(
                                new PlannedMeasure(
                                        "speech-therapy",
                                        SupportTier.ENHANCED,
                                        "sp-teacher",
                                        DAY,
                                        null),
                                new PlannedMeasure(
                                        "study-help",
                                        SupportTier.GENERAL,
                                        "sp-teacher",
                                        DAY,
                                        DAY.plusMonths(3))),
                        TEACHER,
                        DAY,
                        DAY.plusMonths(2),
                        ReviewDecision.INTENSIFY);
        NetworkMeeting meeting =
                new NetworkMeeting(
                        fresh("meeting"),
                        0,
                        caseId,
                        student,
                        DAY,
                        List.of(TEACHER, SOCIAL),
                        true,
                        List.of("refer to youth centre"),
                        List.of(
                                new ActionItem("call the family", "sp-social", DAY, null),
                                new ActionItem("book a room", "sp-teacher", DAY, DAY)));
        Referral referral =
                Referral.propose(fresh("ref"), caseId, student, "svc-youth", "sp-teacher", DAY)
                        .send(
                                new LegalBasis(LegalBasis.Kind.STATUTORY_DUTY, "Act §27 õigus"),
                                DAY,
                                DAY.plusDays(10))
                        .reject(RejectionReason.OUT_OF_AREA, DAY.plusDays(2));
        Consent consent =
                new Consent(
                        fresh("consent"),
                        0,
                        student,
                        "referral",
                        EnumSet.of(Sector.YOUTH_WORK, Sector.SOCIAL),
                        Set.of("org-1"),
                        EnumSet.of(DataCategory.CASE, DataCategory.ATTENDANCE),
                        DAY,
                        DAY.plusYears(1),
                        List.of(
                                new ConsentResponse(
                                        "g-1", ConsentParty.GUARDIAN, ConsentAnswer.GIVEN, DAY),
                                new ConsentResponse(
                                        "g-2",
                                        ConsentParty.GUARDIAN,
                                        ConsentAnswer.UNANSWERED,
                                        null)),
                        DAY.plusMonths(1));
        Case closed =
                new Case(
                        caseId,
                        0,
                        student,
                        CaseOrigin.SPECIALIST,
                        DAY,
                        TEACHER,
                        List.of(),
                        2,
                        CaseState.CLOSED,
                        ClosingOutcome.GOALS_MET);
        return List.of(closed, plan, meeting, referral, consent);
    }

    @Test
    void create_everyKind_readsBackEqualAtVersionOne() {
        CaseStore store = createPlugin();
        StudentKey student = freshStudent();

        for (CaseRecord record : everyKind(fresh("case"), student)) {
            CaseRecord stored = store.create(record);

            assertEquals(record.withVersion(1), stored);
            assertEquals(Optional.of(stored), store.find(record.getClass(), record.id()));
            assertEquals(List.of(stored), store.findByStudent(record.getClass(), student));
        }
    }

    @Test
    void find_unknownId_isEmpty() {
        assertEquals(Optional.empty(), createPlugin().find(Case.class, fresh("none")));
    }

    @Test
    void find_otherType_isEmpty() {
        CaseStore store = createPlugin();
        Case stored = store.create(sampleCase(fresh("case"), freshStudent()));

        assertEquals(Optional.empty(), store.find(Referral.class, stored.id()));
    }

    @Test
    void update_currentVersion_countsUp() {
        CaseStore store = createPlugin();
        Case stored = store.create(sampleCase(fresh("case"), freshStudent()));

        Case updated = store.update(stored.withState(CaseState.ACTIVE, null));
        Case again = store.update(updated.withState(CaseState.ON_HOLD, null));

        assertEquals(2, updated.version());
        assertEquals(3, again.version());
        assertEquals(Optional.of(again), store.find(Case.class, stored.id()));
    }

    @Test
    void update_staleVersion_throwsConflictAndKeepsStored() {
        CaseStore store = createPlugin();
        Case stored = store.create(sampleCase(fresh("case"), freshStudent()));
        Case winner = store.update(stored.withState(CaseState.ACTIVE, null));

        assertThrows(
                ConflictException.class,
                () -> store.update(stored.withState(CaseState.CLOSED, ClosingOutcome.OTHER)));

        assertEquals(Optional.of(winner), store.find(Case.class, stored.id()));
    }

    @Test
    void update_notStored_throwsConflict() {
        CaseStore store = createPlugin();
        Case never = sampleCase(fresh("case"), freshStudent()).withVersion(1);

        assertThrows(ConflictException.class, () -> store.update(never));

        assertEquals(Optional.empty(), store.find(Case.class, never.id()));
    }

    @Test
    void create_duplicateId_throwsConflictAndKeepsFirst() {
        CaseStore store = createPlugin();
        String id = fresh("case");
        Case first = store.create(sampleCase(id, freshStudent()));

        assertThrows(ConflictException.class, () -> store.create(sampleCase(id, freshStudent())));

        assertEquals(Optional.of(first), store.find(Case.class, id));
    }

    @Test
    void apply_batch_storesAllInOrder() {
        CaseStore store = createPlugin();
        StudentKey student = freshStudent();
        List<Change> changes = new ArrayList<>();
        for (CaseRecord record : everyKind(fresh("case"), student)) {
            changes.add(Change.create(record));
        }

        List<CaseRecord> stored = store.apply(changes);

        assertEquals(changes.size(), stored.size());
        for (int i = 0; i < changes.size(); i++) {
            assertEquals(changes.get(i).record().withVersion(1), stored.get(i));
        }
    }

    @Test
    void apply_conflictLate_storesNothing() {
        CaseStore store = createPlugin();
        StudentKey student = freshStudent();
        Case existing = store.create(sampleCase(fresh("case"), student));
        Case moved = store.update(existing.withState(CaseState.ACTIVE, null));
        List<CaseRecord> fresh = everyKind(fresh("case"), student);
        List<Change> changes = new ArrayList<>();
        for (CaseRecord record : fresh) {
            changes.add(Change.create(record));
        }
        changes.add(Change.update(moved.withState(CaseState.ON_HOLD, null)));
        changes.add(Change.update(existing.withState(CaseState.CLOSED, ClosingOutcome.OTHER)));

        assertThrows(ConflictException.class, () -> store.apply(changes));

        for (CaseRecord record : fresh) {
            assertEquals(
                    Optional.empty(),
                    store.find(record.getClass(), record.id()),
                    record.getClass().getSimpleName() + " of a failed batch was stored");
        }
        assertEquals(Optional.of(moved), store.find(Case.class, existing.id()));
    }

    @Test
    void apply_sameRecordTwice_countsUpTwice() {
        CaseStore store = createPlugin();
        Case draft = sampleCase(fresh("case"), freshStudent());

        List<CaseRecord> stored =
                store.apply(
                        List.of(
                                Change.create(draft),
                                Change.update(
                                        draft.withVersion(1).withState(CaseState.ACTIVE, null))));

        assertEquals(2, stored.get(1).version());
        assertEquals(Optional.of(stored.get(1)), store.find(Case.class, draft.id()));
    }

    @Test
    void apply_emptyBatch_returnsEmpty() {
        assertEquals(List.of(), createPlugin().apply(List.of()));
    }

    @Test
    void findByStudent_onlyThatStudentOrderedById() {
        CaseStore store = createPlugin();
        StudentKey student = freshStudent();
        String prefix = fresh("case");
        Case second = store.create(sampleCase(prefix + "-b", student));
        Case first = store.create(sampleCase(prefix + "-a", student));
        store.create(sampleCase(prefix + "-c", freshStudent()));

        assertEquals(List.of(first, second), store.findByStudent(Case.class, student));
    }

    @Test
    void findAll_containsStoredOrderedById() {
        CaseStore store = createPlugin();
        String prefix = fresh("case");
        Case second = store.create(sampleCase(prefix + "-b", freshStudent()));
        Case first = store.create(sampleCase(prefix + "-a", freshStudent()));

        List<Case> mine =
                store.findAll(Case.class).stream().filter(c -> c.id().startsWith(prefix)).toList();

        assertEquals(List.of(first, second), mine);
        List<String> ids = store.findAll(Case.class).stream().map(Case::id).toList();
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(sorted, ids);
    }

    @Test
    void update_concurrentWithRetry_losesNoWrite() throws Exception {
        CaseStore store = createPlugin();
        Case stored = store.create(sampleCase(fresh("case"), freshStudent()));
        int threads = concurrency()[0];
        int perThread = concurrency()[1];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> conflicts = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                conflicts.add(pool.submit(() -> addMembers(store, stored.id(), thread, perThread)));
            }
            int lost = 0;
            for (Future<Integer> future : conflicts) {
                lost += future.get(60, TimeUnit.SECONDS);
            }

            Case last = store.find(Case.class, stored.id()).orElseThrow();
            assertEquals(1 + threads * perThread, last.team().size(), "team members added");
            assertEquals(1L + (long) threads * perThread, last.version(), "one version per write");
            System.out.println("CaseStoreContract: " + lost + " conflicts retried");
        } finally {
            pool.shutdownNow();
        }
    }

    private static int addMembers(CaseStore store, String caseId, int thread, int count) {
        int conflicts = 0;
        for (int i = 0; i < count; i++) {
            while (true) {
                Case current = store.find(Case.class, caseId).orElseThrow();
                List<Specialist> team = new ArrayList<>(current.team());
                team.add(
                        new Specialist(
                                "sp-" + thread + "-" + i,
                                "youth-worker",
                                Sector.YOUTH_WORK,
                                "youth-centre"));
                try {
                    store.update(current.withTeam(team));
                    break;
                } catch (ConflictException e) {
                    conflicts++;
                }
            }
        }
        return conflicts;
    }
}
