package ee.lim.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.Pseudonymiser;
import ee.lim.spi.model.StudentKey;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link Pseudonymiser}: stable keys, distinct keys for distinct ids, and errors
 * that never quote the id.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class PseudonymiserContract extends LimPluginContract<Pseudonymiser> {
    /** Creates the contract. */
    protected PseudonymiserContract() {}

    /**
     * Returns two or more distinct valid national ids (synthetic ones, never real people's).
     *
     * @return the ids
     */
    protected abstract List<String> validIds();

    /**
     * Returns an invalid national id.
     *
     * @return the id
     */
    protected abstract String invalidId();

    @Override
    protected final Class<? super Pseudonymiser> role() {
        return Pseudonymiser.class;
    }

    @Test
    void pseudonymise_isStable() {
        for (String id : validIds()) {
            assertEquals(createPlugin().pseudonymise(id), createPlugin().pseudonymise(id));
        }
    }

    @Test
    void pseudonymise_distinctIdsDistinctKeys() {
        List<String> ids = validIds();
        StudentKey first = createPlugin().pseudonymise(ids.get(0));
        StudentKey second = createPlugin().pseudonymise(ids.get(1));

        assertNotEquals(first, second);
    }

    @Test
    void pseudonymise_keyHidesId() {
        for (String id : validIds()) {
            assertFalse(
                    createPlugin().pseudonymise(id).value().contains(id), "key contains the id");
        }
    }

    @Test
    void pseudonymise_errorHidesId() {
        String invalid = invalidId();

        InvalidInputException error =
                assertThrows(
                        InvalidInputException.class, () -> createPlugin().pseudonymise(invalid));

        assertFalse(error.getMessage().contains(invalid), "message quotes the id");
    }
}
