package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Thrown when a change was made against a stale version of a record (optimistic locking) or breaks
 * an allowed state transition. The caller reloads the record and decides again.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ConflictException extends LimException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the record id, the expected and the actual version or state, and the fix;
     *     never {@code null}
     */
    public ConflictException(String message) {
        super(message);
    }
}
