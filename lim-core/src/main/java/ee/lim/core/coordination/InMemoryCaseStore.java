package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.CaseStore;
import ee.lim.spi.Checks;
import ee.lim.spi.ConflictException;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.coordination.CaseRecord;
import ee.lim.spi.model.StudentKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A {@link CaseStore} in memory, for tests, JShell and short-lived tools. Nothing survives the
 * process.
 *
 * <p>Thread-safe: every batch runs under one lock, is checked in full before anything changes, and
 * so applies all or nothing. It is constructed directly, not discovered through {@link
 * java.util.ServiceLoader}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InMemoryCaseStore implements CaseStore {
    private final Map<Class<?>, TreeMap<String, CaseRecord>> records = new HashMap<>();

    /** Creates an empty store. */
    public InMemoryCaseStore() {}

    @Override
    public String id() {
        return "in-memory-case-store";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "Cases, plans, meetings, referrals and consents in memory";
    }

    @Override
    public synchronized List<CaseRecord> apply(List<Change> changes) {
        Checks.listOf(changes, "changes");
        // Work on copies of the touched tables, so a conflict in the middle leaves no trace.
        Map<Class<?>, TreeMap<String, CaseRecord>> staged = new HashMap<>();
        List<CaseRecord> stored = new ArrayList<>();
        for (Change change : changes) {
            CaseRecord record = change.record();
            TreeMap<String, CaseRecord> table =
                    staged.computeIfAbsent(record.getClass(), type -> new TreeMap<>(table(type)));
            CaseRecord existing = table.get(record.id());
            long next;
            if (change.kind() == Change.Kind.CREATE) {
                if (existing != null) {
                    throw new ConflictException(
                            record.getClass().getSimpleName()
                                    + " "
                                    + record.id()
                                    + " exists already; choose another id");
                }
                next = 1;
            } else {
                if (existing == null) {
                    throw new ConflictException(
                            record.getClass().getSimpleName()
                                    + " "
                                    + record.id()
                                    + " is not stored; create it first");
                }
                if (existing.version() != record.version()) {
                    throw new ConflictException(
                            record.getClass().getSimpleName()
                                    + " "
                                    + record.id()
                                    + " is at version "
                                    + existing.version()
                                    + ", expected "
                                    + record.version()
                                    + "; reload it and decide again");
                }
                next = record.version() + 1;
            }
            CaseRecord saved = record.withVersion(next);
            table.put(saved.id(), saved);
            stored.add(saved);
        }
        records.putAll(staged);
        return List.copyOf(stored);
    }

    @Override
    public synchronized <T extends CaseRecord> Optional<T> find(Class<T> type, String id) {
        Checks.present(type, "type");
        Checks.present(id, "id");
        return Optional.ofNullable(type.cast(table(type).get(id)));
    }

    @Override
    public synchronized <T extends CaseRecord> List<T> findByStudent(
            Class<T> type, StudentKey student) {
        Checks.present(student, "student");
        return findAll(type).stream().filter(r -> r.student().equals(student)).toList();
    }

    @Override
    public synchronized <T extends CaseRecord> List<T> findAll(Class<T> type) {
        Checks.present(type, "type");
        List<T> all = new ArrayList<>();
        for (CaseRecord record : table(type).values()) {
            all.add(type.cast(record));
        }
        return List.copyOf(all);
    }

    private SortedMap<String, CaseRecord> table(Class<?> type) {
        return records.getOrDefault(type, new TreeMap<>());
    }
}
