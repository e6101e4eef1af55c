package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.Specialist;
import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A network meeting (võrgustikukohtumine), a case conference: who took part, what was decided and
 * who does what by when.
 *
 * @param id the meeting id; never blank
 * @param version the version it was read at, {@code 0} if not stored yet; never negative
 * @param caseId the case; never blank
 * @param student the student; never {@code null}
 * @param heldOn the day of the meeting; never {@code null}
 * @param participants the specialists who took part; never empty
 * @param familyPresent whether the family or the young person took part
 * @param decisions the decisions, without names; never {@code null}
 * @param actionItems the agreed tasks; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NetworkMeeting(
        String id,
        long version,
        String caseId,
        StudentKey student,
        LocalDate heldOn,
        List<Specialist> participants,
        boolean familyPresent,
        List<String> decisions,
        List<ActionItem> actionItems)
        implements CaseRecord {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id the meeting id; never blank
     * @param version the version it was read at, {@code 0} if not stored yet; never negative
     * @param caseId the case; never blank
     * @param student the student; never {@code null}
     * @param heldOn the day of the meeting; never {@code null}
     * @param participants the specialists who took part; never empty
     * @param familyPresent whether the family or the young person took part
     * @param decisions the decisions, without names; never {@code null}
     * @param actionItems the agreed tasks; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public NetworkMeeting {
        Checks.notBlank(id, "NetworkMeeting.id");
        Checks.require(
                version >= 0, "NetworkMeeting.version", "NetworkMeeting.version must be >= 0");
        Checks.notBlank(caseId, "NetworkMeeting.caseId");
        Checks.present(student, "NetworkMeeting.student");
        Checks.present(heldOn, "NetworkMeeting.heldOn");
        participants = Checks.listOf(participants, "NetworkMeeting.participants");
        Checks.require(
                !participants.isEmpty(),
                "NetworkMeeting.participants",
                "NetworkMeeting.participants is empty; list who took part");
        decisions = Checks.listOf(decisions, "NetworkMeeting.decisions");
        actionItems = Checks.listOf(actionItems, "NetworkMeeting.actionItems");
    }

    /**
     * Returns the action items still open after their due day.
     *
     * @param day the day to judge on; never {@code null}
     * @return the overdue items in their original order; never {@code null}
     */
    public List<ActionItem> overdueOn(LocalDate day) {
        return actionItems.stream().filter(item -> item.overdueOn(day)).toList();
    }

    @Override
    public NetworkMeeting withVersion(long version) {
        return new NetworkMeeting(
                id,
                version,
                caseId,
                student,
                heldOn,
                participants,
                familyPresent,
                decisions,
                actionItems);
    }
}
