package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** One party's answer to a consent request. An unanswered request counts as a refusal. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ConsentAnswer {
    /** Consent given. */
    GIVEN,
    /** Consent refused. */
    REFUSED,
    /** Asked, not answered yet; treated as a refusal. */
    UNANSWERED
}
