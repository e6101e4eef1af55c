package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.StudentKey;
import org.apiguardian.api.API;

/**
 * Turns a national id into a {@link StudentKey}. The same id and key material always give the same
 * key; the id cannot be recovered from the key without the key material.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Pseudonymiser extends LimPlugin {
    /**
     * Pseudonymises a national id.
     *
     * @param nationalId the raw id; never {@code null}; it never appears in a message or log
     * @return the key; never {@code null}
     * @throws InvalidInputException if the id is invalid; the message says which rule failed but
     *     never quotes the id
     */
    StudentKey pseudonymise(String nationalId);
}
