package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Thrown when a value, a record or a whole input breaks a documented rule.
 *
 * <p>Record constructors throw it for invalid field values, importers for a file that cannot be
 * read at all. A single bad row in an otherwise readable file is not an exception: importers report
 * it as an {@link ImportProblem} and go on.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class InvalidInputException extends LimException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * Creates an exception for one field.
     *
     * @param field the field or input that is invalid, such as {@code "Grade.value"}; never {@code
     *     null}
     * @param message the rule that was broken, the value where it is not personal data, and the
     *     fix; never {@code null}
     */
    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /**
     * Creates an exception for one field with a cause.
     *
     * @param field the field or input that is invalid; never {@code null}
     * @param message the rule that was broken and the fix; never {@code null}
     * @param cause the underlying failure, or {@code null}
     */
    public InvalidInputException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /**
     * Returns the name of the invalid field or input.
     *
     * @return the field name, such as {@code "Grade.value"} or a file name; never {@code null}
     */
    public String field() {
        return field;
    }
}
