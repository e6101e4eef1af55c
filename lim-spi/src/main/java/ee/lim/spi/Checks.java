package ee.lim.spi;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Precondition helpers for the constructors of the domain model. Each returns the checked value and
 * throws {@link InvalidInputException} worded one way: {@code "<field> <rule>, got <value>"}.
 *
 * <p>Values that may be personal data are never put into a message; those checks take no value
 * argument to print. This class is stateless and thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class Checks {
    private Checks() {}

    /**
     * Checks that a value is present.
     *
     * @param value the value; may be {@code null}, which is rejected
     * @param field the field name used in the message
     * @param <T> the value type
     * @return {@code value}
     * @throws InvalidInputException if {@code value} is {@code null}
     */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is missing; supply a value");
        }
        return value;
    }

    /**
     * Checks that a string is present and not blank. The string is not printed.
     *
     * @param value the value; {@code null} and blank are rejected
     * @param field the field name used in the message
     * @return {@code value}, unchanged
     * @throws InvalidInputException if {@code value} is {@code null} or blank
     */
    public static String notBlank(String value, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw new InvalidInputException(field, field + " is blank; supply a non-blank value");
        }
        return value;
    }

    /**
     * Checks that a number lies in a closed range.
     *
     * @param value the value
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param field the field name used in the message
     * @return {@code value}
     * @throws InvalidInputException if {@code value} is outside {@code [min, max]} or NaN
     */
    public static double inRange(double value, double min, double max, String field) {
        if (!(value >= min && value <= max)) {
            throw new InvalidInputException(
                    field, field + " must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    /**
     * Checks that an integer lies in a closed range.
     *
     * @param value the value
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param field the field name used in the message
     * @return {@code value}
     * @throws InvalidInputException if {@code value} is outside {@code [min, max]}
     */
    public static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidInputException(
                    field, field + " must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    /**
     * Checks that a number is finite.
     *
     * @param value the value
     * @param field the field name used in the message
     * @return {@code value}
     * @throws InvalidInputException if {@code value} is NaN or infinite
     */
    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(
                    field, field + " must be a finite number, got " + value);
        }
        return value;
    }

    /**
     * Checks that a condition holds.
     *
     * @param condition the condition
     * @param field the field name
     * @param message the full message when the condition fails
     * @throws InvalidInputException if {@code condition} is false
     */
    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidInputException(field, message);
        }
    }

    /**
     * Copies a list, rejecting {@code null} elements.
     *
     * @param values the list; {@code null} is rejected
     * @param field the field name used in the message
     * @param <T> the element type
     * @return an unmodifiable copy
     * @throws InvalidInputException if the list or an element is {@code null}
     */
    public static <T> List<T> listOf(Collection<? extends T> values, String field) {
        present(values, field);
        for (T value : values) {
            if (value == null) {
                throw new InvalidInputException(
                        field, field + " contains a null element; remove it or supply a value");
            }
        }
        return List.copyOf(values);
    }

    /**
     * Copies a set, rejecting {@code null} elements.
     *
     * @param values the set; {@code null} is rejected
     * @param field the field name used in the message
     * @param <T> the element type
     * @return an unmodifiable copy
     * @throws InvalidInputException if the set or an element is {@code null}
     */
    public static <T> Set<T> setOf(Collection<? extends T> values, String field) {
        return Set.copyOf(listOf(values, field));
    }

    /**
     * Copies a map, rejecting {@code null} keys and values.
     *
     * @param values the map; {@code null} is rejected
     * @param field the field name used in the message
     * @param <K> the key type
     * @param <V> the value type
     * @return an unmodifiable copy
     * @throws InvalidInputException if the map, a key or a value is {@code null}
     */
    public static <K, V> Map<K, V> mapOf(Map<? extends K, ? extends V> values, String field) {
        present(values, field);
        for (Map.Entry<? extends K, ? extends V> entry : values.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                throw new InvalidInputException(
                        field, field + " contains a null key or value; remove the entry");
            }
        }
        return Map.copyOf(values);
    }
}
