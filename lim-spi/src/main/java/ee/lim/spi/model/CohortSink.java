package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Receives the records of a cohort one at a time as a source reads them, so that a large input
 * never has to sit in memory whole.
 *
 * <p>A source calls {@link #school} and {@link #student} for a record before any observation that
 * refers to it. A sink is used by one thread at a time unless its implementation says otherwise.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface CohortSink {
    /**
     * Receives a school.
     *
     * @param school the school; never {@code null}
     */
    void school(School school);

    /**
     * Receives a student.
     *
     * @param student the student; never {@code null}
     */
    void student(Student student);

    /**
     * Receives an observation about a student that was received before.
     *
     * @param observation the observation; never {@code null}
     */
    void observation(Observation observation);
}
