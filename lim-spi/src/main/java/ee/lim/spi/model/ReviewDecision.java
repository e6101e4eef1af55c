package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The decision taken when a support measure is reviewed. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ReviewDecision {
    /** The measure ends. */
    STOP,
    /** The measure goes on as it is. */
    CONTINUE,
    /** The measure goes on, more intensively. */
    INTENSIFY,
    /** The measure is replaced by another. */
    CHANGE,
    /** Another measure is added beside it. */
    ADD,
    /** The student needs further assessment. */
    FURTHER_ASSESSMENT,
    /** The student is referred to a specialist or an external counselling team. */
    REFER
}
