package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The states of a {@link Case} and the transitions allowed between them.
 *
 * <pre>
 * OPEN ──► ACTIVE ◄──► ON_HOLD
 *  │         │            │
 *  └────────►CLOSED ◄─────┘   CLOSED ──► OPEN (reopened)
 * </pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum CaseState {
    /** Opened; the team is being formed and the situation assessed. */
    OPEN,
    /** A support plan is being carried out. */
    ACTIVE,
    /** Paused, for example while the student is away or waits for a service. */
    ON_HOLD,
    /** Closed with a {@link ClosingOutcome}. */
    CLOSED;

    /**
     * Returns the states this state may move to.
     *
     * @return the allowed next states; never {@code null}, unmodifiable
     */
    public Set<CaseState> allowedNext() {
        return switch (this) {
            case OPEN -> Set.copyOf(EnumSet.of(ACTIVE, CLOSED));
            case ACTIVE -> Set.copyOf(EnumSet.of(ON_HOLD, CLOSED));
            case ON_HOLD -> Set.copyOf(EnumSet.of(ACTIVE, CLOSED));
            case CLOSED -> Set.of(OPEN);
        };
    }

    /**
     * Tells whether this state may move to another.
     *
     * @param next the next state; never {@code null}
     * @return {@code true} if the transition is allowed
     */
    public boolean canMoveTo(CaseState next) {
        return allowedNext().contains(next);
    }
}
