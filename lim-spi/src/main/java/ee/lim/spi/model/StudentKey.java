package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The pseudonymous key of a student: the only student identifier that leaves an adapter.
 *
 * <p>A national id such as an Estonian isikukood must be turned into a key by a {@link
 * ee.lim.spi.Pseudonymiser} first. As a guard against a raw id slipping through, a key of exactly
 * 11 digits (the isikukood form) is rejected. Messages never quote the rejected value.
 *
 * @param value 1 to 64 characters from {@code [A-Za-z0-9._:-]}; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StudentKey(String value) implements Comparable<StudentKey> {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern NATIONAL_ID = Pattern.compile("[0-9]{11}");

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param value 1 to 64 characters from {@code [A-Za-z0-9._:-]}; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public StudentKey {
        Checks.present(value, "StudentKey.value");
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidInputException(
                    "StudentKey.value",
                    "StudentKey.value must be 1 to 64 characters from [A-Za-z0-9._:-], got "
                            + value.length()
                            + " characters; use a pseudonymous key");
        }
        if (NATIONAL_ID.matcher(value).matches()) {
            throw new InvalidInputException(
                    "StudentKey.value",
                    "StudentKey.value has the form of an 11-digit national id; pseudonymise it"
                            + " with a Pseudonymiser before it leaves the adapter");
        }
    }

    @Override
    public int compareTo(StudentKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
