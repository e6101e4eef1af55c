package ee.lim.spi.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A risk band, in increasing order of concern. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum RiskBand {
    /** No indicator is raised. */
    NONE,
    /** Worth watching: an early sign. */
    WATCH,
    /** Needs attention now. */
    HIGH;

    /**
     * Returns the more severe of two bands.
     *
     * @param other the other band; never {@code null}
     * @return this or {@code other}, whichever is more severe
     */
    public RiskBand max(RiskBand other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
