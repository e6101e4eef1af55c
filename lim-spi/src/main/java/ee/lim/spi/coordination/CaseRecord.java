package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.StudentKey;
import org.apiguardian.api.API;

/**
 * A record kept by a {@link ee.lim.spi.CaseStore}: a case, a support plan, a network meeting, a
 * referral or a consent. Each has an id unique within its type, the student it is about, and a
 * version for optimistic locking.
 *
 * <p>The version is the one the record was read at: {@code 0} for a record not stored yet; the
 * store sets {@code 1} on creation and adds one on every update.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface CaseRecord permits Case, SupportPlan, NetworkMeeting, Referral, Consent {
    /**
     * Returns the id, unique among records of the same type.
     *
     * @return the id; never blank
     */
    String id();

    /**
     * Returns the version the record was read at, {@code 0} if not stored yet.
     *
     * @return the version; never negative
     */
    long version();

    /**
     * Returns the student the record is about.
     *
     * @return the pseudonymous key; never {@code null}
     */
    StudentKey student();

    /**
     * Returns a copy at another version. Stores use it; callers normally do not.
     *
     * @param version the new version; never negative
     * @return the copy; never {@code null}
     */
    CaseRecord withVersion(long version);
}
