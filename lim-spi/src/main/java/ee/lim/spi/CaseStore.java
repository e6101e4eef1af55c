package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.coordination.CaseRecord;
import ee.lim.spi.model.StudentKey;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Persistence of cases, support plans, network meetings, referrals and consents, with optimistic
 * locking and all-or-nothing batches.
 *
 * <p>Versions: a record to create carries version {@code 0} and is stored at version {@code 1}; a
 * record to update carries the version it was read at and is stored at that version plus one. A
 * create of an id already stored, or an update whose version is not the stored one, throws {@link
 * ConflictException} and changes nothing. The store does not check access or state transitions; the
 * core does that before calling it.
 *
 * <p>Implementations are thread-safe. Records come back equal to what was stored, apart from the
 * version. Storage failures surface as {@link PluginException}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface CaseStore extends LimPlugin {

    /**
     * One change of a batch.
     *
     * @param kind create or update; never {@code null}
     * @param record the record; for an update, at the version it was read at; never {@code null}
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    record Change(Kind kind, CaseRecord record) {
        /**
         * Creates the record, validating the fields.
         *
         * @param kind create or update; never {@code null}
         * @param record the record; for an update, at the version it was read at; never {@code
         *     null}
         * @throws InvalidInputException if a field is missing or a create has a version other than
         *     {@code 0}
         */
        public Change {
            Checks.present(kind, "Change.kind");
            Checks.present(record, "Change.record");
            Checks.require(
                    kind != Kind.CREATE || record.version() == 0,
                    "Change.record",
                    "a record to create must have version 0, got " + record.version());
        }

        /**
         * Creates a change that creates a record.
         *
         * @param record the record at version {@code 0}; never {@code null}
         * @return the change; never {@code null}
         */
        public static Change create(CaseRecord record) {
            return new Change(Kind.CREATE, record);
        }

        /**
         * Creates a change that updates a record.
         *
         * @param record the record at the version it was read at; never {@code null}
         * @return the change; never {@code null}
         */
        public static Change update(CaseRecord record) {
            return new Change(Kind.UPDATE, record);
        }

        /** Kinds of change. */
        @API(status = EXPERIMENTAL, since = "0.1")
        public enum Kind {
            /** Store a new record. */
            CREATE,
            /** Replace a stored record if its version still matches. */
            UPDATE
        }
    }

    /**
     * Applies a batch of changes in one transaction: all of them or none. When one change
     * conflicts, none is kept, also after a crash in the middle.
     *
     * @param changes the changes in order; never {@code null}; may be empty
     * @return the stored records, in the order of {@code changes}, at their new versions; never
     *     {@code null}
     * @throws ConflictException if a change conflicts; nothing was stored
     * @throws PluginException if the storage fails; nothing was stored
     */
    List<CaseRecord> apply(List<Change> changes);

    /**
     * Creates one record.
     *
     * @param record the record at version {@code 0}; never {@code null}
     * @param <T> the record type
     * @return the stored record at version {@code 1}; never {@code null}
     * @throws ConflictException if a record of that type and id is stored already
     * @throws PluginException if the storage fails
     */
    @SuppressWarnings("unchecked")
    default <T extends CaseRecord> T create(T record) {
        return (T) apply(List.of(Change.create(record))).get(0);
    }

    /**
     * Updates one record if its version is still the stored one.
     *
     * @param record the changed record at the version it was read at; never {@code null}
     * @param <T> the record type
     * @return the stored record at its new version; never {@code null}
     * @throws ConflictException if the stored version differs or the record is not stored
     * @throws PluginException if the storage fails
     */
    @SuppressWarnings("unchecked")
    default <T extends CaseRecord> T update(T record) {
        return (T) apply(List.of(Change.update(record))).get(0);
    }

    /**
     * Reads one record.
     *
     * @param type the record type, such as {@code Case.class}; never {@code null}
     * @param id the id; never {@code null}
     * @param <T> the record type
     * @return the record at its stored version, or empty; never {@code null}
     * @throws PluginException if the storage fails
     */
    <T extends CaseRecord> Optional<T> find(Class<T> type, String id);

    /**
     * Reads every record of a type about one student.
     *
     * @param type the record type; never {@code null}
     * @param student the student; never {@code null}
     * @param <T> the record type
     * @return the records ordered by id; never {@code null}
     * @throws PluginException if the storage fails
     */
    <T extends CaseRecord> List<T> findByStudent(Class<T> type, StudentKey student);

    /**
     * Reads every record of a type, for listings such as referrals past their response deadline.
     *
     * @param type the record type; never {@code null}
     * @param <T> the record type
     * @return the records ordered by id; never {@code null}
     * @throws PluginException if the storage fails
     */
    <T extends CaseRecord> List<T> findAll(Class<T> type);
}
