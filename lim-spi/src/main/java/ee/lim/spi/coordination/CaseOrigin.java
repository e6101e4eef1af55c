package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How a {@link Case} came to be opened. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum CaseOrigin {
    /** A specialist opened it after reviewing a risk assessment. */
    RISK_ASSESSMENT,
    /** A specialist opened it on their own observation or a family's request. */
    SPECIALIST
}
