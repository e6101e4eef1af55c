package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Root of every exception that LIM and its plugins throw on purpose.
 *
 * <p>Messages name the rule, the field, the value where it is not personal data, and the fix. They
 * never contain a child's personal data: student records are referred to by their pseudonymous
 * {@link ee.lim.spi.model.StudentKey} or by file, line and column.
 *
 * <p>Instances are immutable apart from the stack trace and safe to pass between threads.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class LimException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what failed and what to do next; never {@code null}
     */
    public LimException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what failed and what to do next; never {@code null}
     * @param cause the underlying failure, or {@code null} if there is none
     */
    public LimException(String message, Throwable cause) {
        super(message, cause);
    }
}
