package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A task agreed at a {@link NetworkMeeting}, with its owner and due date.
 *
 * @param task what is to be done, without names; never blank
 * @param ownerId the id of the specialist who does it; never blank
 * @param due the day it is due; never {@code null}
 * @param doneOn the day it was done, or {@code null} while open
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ActionItem(String task, String ownerId, LocalDate due, LocalDate doneOn) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param task what is to be done, without names; never blank
     * @param ownerId the id of the specialist who does it; never blank
     * @param due the day it is due; never {@code null}
     * @param doneOn the day it was done, or {@code null} while open
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public ActionItem {
        Checks.notBlank(task, "ActionItem.task");
        Checks.notBlank(ownerId, "ActionItem.ownerId");
        Checks.present(due, "ActionItem.due");
    }

    /**
     * Tells whether the item is overdue on a day: still open and its due day has passed.
     *
     * @param day the day; never {@code null}
     * @return {@code true} if overdue
     */
    public boolean overdueOn(LocalDate day) {
        return doneOn == null && day.isAfter(due);
    }
}
