package ee.lim.plugin.estonia.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.StudyPeriod;
import java.time.LocalDate;
import java.util.Collection;
import org.apiguardian.api.API;

/**
 * A student's lessons in one study period and how many were missed without a valid reason.
 *
 * <p>Lessons missed without a valid reason are those recorded {@link AttendanceStatus#UNEXCUSED}
 * and those whose reason is still unknown ({@link AttendanceStatus#REASON_UNKNOWN}): PGS §36(4)
 * counts lessons missed "without a valid reason", and a reason that has not been established is not
 * a valid one yet. When the school later records the reason as valid, the lesson stops counting.
 * Late arrivals count as attended.
 *
 * @param period the study period; never {@code null}
 * @param lessons lessons scheduled in the period up to the cut-off, 0 or more
 * @param missedWithoutValidReason unexcused plus reason-unknown lessons, 0 to {@code lessons}
 * @param reasonUnknown of those, the lessons whose reason is still unknown, 0 to {@code
 *     missedWithoutValidReason}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record QuarterAbsence(
        StudyPeriod period, int lessons, int missedWithoutValidReason, int reasonUnknown) {

    /**
     * Creates the record, validating the fields.
     *
     * @param period the study period; never {@code null}
     * @param lessons lessons scheduled in the period up to the cut-off, 0 or more
     * @param missedWithoutValidReason unexcused plus reason-unknown lessons, 0 to {@code lessons}
     * @param reasonUnknown of those, the lessons whose reason is still unknown, 0 to {@code
     *     missedWithoutValidReason}
     * @throws ee.lim.spi.InvalidInputException if a count is out of range
     */
    public QuarterAbsence {
        Checks.present(period, "QuarterAbsence.period");
        Checks.inRange(lessons, 0, Integer.MAX_VALUE, "QuarterAbsence.lessons");
        Checks.inRange(
                missedWithoutValidReason, 0, lessons, "QuarterAbsence.missedWithoutValidReason");
        Checks.inRange(reasonUnknown, 0, missedWithoutValidReason, "QuarterAbsence.reasonUnknown");
    }

    /**
     * Counts a student's lessons in a period from attendance records dated before a cut-off.
     *
     * @param observations the student's observations; others than attendance are ignored; never
     *     {@code null}
     * @param period the period; never {@code null}
     * @param before only records dated before this day count; never {@code null}
     * @param lessonMinutes the lesson length used to convert day records, 1 or more
     * @return the counts
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null} or out of range
     */
    public static QuarterAbsence count(
            Collection<? extends Observation> observations,
            StudyPeriod period,
            LocalDate before,
            int lessonMinutes) {
        Checks.present(observations, "observations");
        Checks.present(period, "period");
        Checks.present(before, "before");
        Checks.inRange(lessonMinutes, 1, 240, "lessonMinutes");
        int lessons = 0;
        int missed = 0;
        int unknown = 0;
        for (Observation observation : observations) {
            if (!(observation instanceof AttendanceEvent event)
                    || !period.contains(event.date())
                    || !event.date().isBefore(before)) {
                continue;
            }
            int count = LessonCount.of(event, lessonMinutes);
            lessons += count;
            if (event.status() == AttendanceStatus.UNEXCUSED) {
                missed += count;
            } else if (event.status() == AttendanceStatus.REASON_UNKNOWN) {
                missed += count;
                unknown += count;
            }
        }
        return new QuarterAbsence(period, lessons, missed, unknown);
    }

    /**
     * Returns the share of lessons missed without a valid reason.
     *
     * @return a percentage from 0 to 100, or 0 when there were no lessons
     */
    public double percent() {
        return lessons == 0 ? 0.0 : 100.0 * missedWithoutValidReason / lessons;
    }

    /**
     * Tells whether the share is more than a whole-number percentage, computed exactly in integers
     * so that exactly the threshold is not above it.
     *
     * @param thresholdPercent the threshold, 0 to 100
     * @return {@code true} if {@code missedWithoutValidReason / lessons > thresholdPercent / 100}
     */
    public boolean isAbove(int thresholdPercent) {
        return lessons > 0 && 100L * missedWithoutValidReason > (long) thresholdPercent * lessons;
    }
}
