package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Who answers a consent request. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ConsentParty {
    /** A parent or legal guardian. */
    GUARDIAN,
    /** The young person, from the age the jurisdiction sets. */
    YOUNG_PERSON
}
