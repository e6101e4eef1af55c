package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The tier of a support measure, in increasing intensity. Estonia's three tiers map one to one:
 * general support (üldine tugi), enhanced support (tõhustatud tugi) and special support (eritugi).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SupportTier {
    /** Support the school gives itself. */
    GENERAL,
    /** Support that needs an external counselling team's recommendation in Estonia. */
    ENHANCED,
    /** The most intensive support; also needs an external recommendation in Estonia. */
    SPECIAL
}
