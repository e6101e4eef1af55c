package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Why a receiving service rejected a {@link Referral}. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum RejectionReason {
    /** The service has no room. */
    CAPACITY,
    /** The young person does not meet the service's eligibility rules. */
    NOT_ELIGIBLE,
    /** The young person lives outside the service's area. */
    OUT_OF_AREA,
    /** Documents the service needs are missing. */
    MISSING_DOCUMENTS,
    /** Another reason, recorded by the service. */
    OTHER
}
