package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A dated fact about one student. Every observation has the date on which it became known to the
 * school, so features can be computed as of any day without looking into the future.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface Observation
        permits AttendanceEvent,
                Grade,
                BehaviourIncident,
                EnrolmentEvent,
                SupportMeasure,
                Outcome,
                Measurement {

    /**
     * Returns the student the observation is about.
     *
     * @return the key; never {@code null}
     */
    StudentKey student();

    /**
     * Returns the date of the observation.
     *
     * @return the date; never {@code null}
     */
    LocalDate date();
}
