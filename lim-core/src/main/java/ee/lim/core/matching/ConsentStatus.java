package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Whether the family (or the student, where the law lets them) agreed to a referral. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ConsentStatus {
    /** Consent was given. */
    GIVEN,
    /** Consent was refused; a service that needs consent is not eligible. */
    REFUSED,
    /** Nobody has asked yet, or the answer is not recorded. */
    UNKNOWN
}
