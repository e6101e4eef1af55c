package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The state of one attendance record. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AttendanceStatus {
    /** Present for the whole lesson or day. */
    PRESENT,
    /** Absent with a valid reason. */
    EXCUSED,
    /** Absent without a valid reason. */
    UNEXCUSED,
    /**
     * Absent and the reason is not yet established. Estonian schools must notify the local
     * government of residence when it stays unknown.
     */
    REASON_UNKNOWN,
    /** Present but late. */
    LATE;

    /**
     * Tells whether the status is an absence.
     *
     * @return {@code true} for excused, unexcused and reason unknown
     */
    public boolean isAbsence() {
        return this == EXCUSED || this == UNEXCUSED || this == REASON_UNKNOWN;
    }
}
