package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The kind of access to personal data: a read or a write. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Operation {
    /** Reads the data. */
    READ,
    /** Creates or changes the data, or sends it to another organisation. */
    WRITE
}
