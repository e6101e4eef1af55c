package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Why a {@link Case} was closed. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ClosingOutcome {
    /** The goals of the support plan were met. */
    GOALS_MET,
    /** Support goes on under another organisation, which now leads. */
    HANDED_OVER,
    /** The student moved to another school or municipality. */
    MOVED_AWAY,
    /** The family or the young person ended the cooperation. */
    DECLINED_BY_FAMILY,
    /** The young person left the age or obligation the case was opened under. */
    AGED_OUT,
    /** Another reason, recorded in the case file. */
    OTHER
}
