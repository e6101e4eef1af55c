package ee.lim.spi.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A fact about a student that an eligibility rule may need. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum EligibilityFact {
    /** Age on the day of matching. */
    AGE,
    /** Grade (class year). */
    GRADE,
    /** Municipality of residence. */
    MUNICIPALITY,
    /** Language. */
    LANGUAGE,
    /** The support tier the student currently receives. */
    SUPPORT_TIER,
    /** Whether consent for the referral has been given. */
    CONSENT
}
