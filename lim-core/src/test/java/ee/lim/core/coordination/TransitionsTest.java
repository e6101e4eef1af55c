package ee.lim.core.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.lim.spi.coordination.CaseState;
import ee.lim.spi.coordination.ReferralStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The allowed transitions, checked pair by pair against a table written out here. */
class TransitionsTest {
    private static final Set<String> CASE =
            Set.of(
                    "OPEN>ACTIVE",
                    "OPEN>CLOSED",
                    "ACTIVE>ON_HOLD",
                    "ACTIVE>CLOSED",
                    "ON_HOLD>ACTIVE",
                    "ON_HOLD>CLOSED",
                    "CLOSED>OPEN");

    private static final Set<String> REFERRAL =
            Set.of(
                    "PROPOSED>CONSENT_REQUESTED",
                    "PROPOSED>SENT",
                    "PROPOSED>CANCELLED",
                    "CONSENT_REQUESTED>SENT",
                    "CONSENT_REQUESTED>CANCELLED",
                    "SENT>ACCEPTED",
                    "SENT>REJECTED",
                    "SENT>CANCELLED",
                    "ACCEPTED>IN_SERVICE",
                    "ACCEPTED>NO_SHOW",
                    "ACCEPTED>CANCELLED",
                    "IN_SERVICE>COMPLETED",
                    "IN_SERVICE>CANCELLED");

    @Test
    void caseState_everyPair_matchesTable() {
        for (CaseState from : CaseState.values()) {
            for (CaseState to : CaseState.values()) {
                assertEquals(CASE.contains(from + ">" + to), from.canMoveTo(to), from + ">" + to);
            }
        }
    }

    @Test
    void referralStatus_everyPair_matchesTable() {
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                assertEquals(
                        REFERRAL.contains(from + ">" + to), from.canMoveTo(to), from + ">" + to);
            }
            boolean terminal = REFERRAL.stream().noneMatch(t -> t.startsWith(from + ">"));
            assertEquals(terminal, from.closesLoop(), from.toString());
        }
    }
}
