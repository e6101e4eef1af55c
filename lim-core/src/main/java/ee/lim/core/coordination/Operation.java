package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What an access does with personal data. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Operation {
    /** Reads the data. */
    READ,
    /** Creates or changes the data, or sends it to another organisation. */
    WRITE
}
