package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The closed-loop status of a {@link Referral} and the transitions allowed between them.
 *
 * <p>{@code PROPOSED → CONSENT_REQUESTED → SENT → ACCEPTED → IN_SERVICE → COMPLETED}; a sent
 * referral may be {@code REJECTED} with a {@link RejectionReason}; an accepted one may end in
 * {@code NO_SHOW}; every open status may be {@code CANCELLED}. A referral made under a statutory
 * duty or a consent already on file goes from {@code PROPOSED} straight to {@code SENT}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ReferralStatus {
    /** Proposed by a specialist or by matching; nothing sent yet. */
    PROPOSED,
    /** Consent for sharing the data was asked of the guardians or the young person. */
    CONSENT_REQUESTED,
    /** Sent to the receiving service, which has to answer by the response deadline. */
    SENT,
    /** Accepted by the receiving service. */
    ACCEPTED,
    /** Rejected by the receiving service, with a reason. */
    REJECTED,
    /** The service is being given. */
    IN_SERVICE,
    /** The service was given to its end. */
    COMPLETED,
    /** The young person did not come. */
    NO_SHOW,
    /** Withdrawn by the referrer. */
    CANCELLED;

    /**
     * Returns the statuses this status may move to.
     *
     * @return the allowed next statuses; empty for a final status; never {@code null}
     */
    public Set<ReferralStatus> allowedNext() {
        return switch (this) {
            case PROPOSED -> Set.copyOf(EnumSet.of(CONSENT_REQUESTED, SENT, CANCELLED));
            case CONSENT_REQUESTED -> Set.copyOf(EnumSet.of(SENT, CANCELLED));
            case SENT -> Set.copyOf(EnumSet.of(ACCEPTED, REJECTED, CANCELLED));
            case ACCEPTED -> Set.copyOf(EnumSet.of(IN_SERVICE, NO_SHOW, CANCELLED));
            case IN_SERVICE -> Set.copyOf(EnumSet.of(COMPLETED, CANCELLED));
            case REJECTED, COMPLETED, NO_SHOW, CANCELLED -> Set.of();
        };
    }

    /**
     * Tells whether this status may move to another.
     *
     * @param next the next status; never {@code null}
     * @return {@code true} if the transition is allowed
     */
    public boolean canMoveTo(ReferralStatus next) {
        return allowedNext().contains(next);
    }

    /**
     * Tells whether the loop is closed: no further transition is allowed.
     *
     * @return {@code true} for {@code REJECTED}, {@code COMPLETED}, {@code NO_SHOW} and {@code
     *     CANCELLED}
     */
    public boolean closesLoop() {
        return allowedNext().isEmpty();
    }
}
