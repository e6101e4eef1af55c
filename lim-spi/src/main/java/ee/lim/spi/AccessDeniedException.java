package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Thrown when the access policy does not permit a read or change of personal data. The message
 * names the role, the data category and the missing permission, never the data itself.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class AccessDeniedException extends LimException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message which rule denied the access and what would permit it; never {@code null}
     */
    public AccessDeniedException(String message) {
        super(message);
    }
}
