package ee.lim.plugin.estonia.rules;

import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.BehaviourIncident;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Observation;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/** Counts of one student's observations in a date window, for the weekly pack. */
final class WindowCounts {
    private final Set<LocalDate> unexcusedDays = new HashSet<>();
    private final Set<LocalDate> excusedDays = new HashSet<>();
    private final Set<LocalDate> lateDays = new HashSet<>();
    private int remarks;
    private int failingGrades;
    private double gradeSum;
    private int gradeCount;

    private WindowCounts() {}

    /** Counts the observations dated in {@code [from, until)}. */
    static WindowCounts of(List<Observation> observations, LocalDate from, LocalDate until) {
        WindowCounts counts = new WindowCounts();
        for (Observation observation : observations) {
            LocalDate day = observation.date();
            if (!day.isBefore(from) && day.isBefore(until)) {
                counts.add(observation);
            }
        }
        return counts;
    }

    private void add(Observation observation) {
        LocalDate day = observation.date();
        if (observation instanceof AttendanceEvent event) {
            AttendanceStatus status = event.status();
            if (status == AttendanceStatus.UNEXCUSED || status == AttendanceStatus.REASON_UNKNOWN) {
                unexcusedDays.add(day);
            } else if (status == AttendanceStatus.EXCUSED) {
                excusedDays.add(day);
            } else if (status == AttendanceStatus.LATE) {
                lateDays.add(day);
            }
        } else if (observation instanceof BehaviourIncident incident
                && incident.severity() == BehaviourIncident.Severity.MINOR) {
            remarks++;
        } else if (observation instanceof Grade grade) {
            gradeSum += grade.value();
            gradeCount++;
            if (grade.isFailing()) {
                failingGrades++;
            }
        }
    }

    int unexcusedDays() {
        return unexcusedDays.size();
    }

    int excusedDays() {
        return excusedDays.size();
    }

    int lateDays() {
        return lateDays.size();
    }

    int remarks() {
        return remarks;
    }

    int failingGrades() {
        return failingGrades;
    }

    /** Returns the mean grade, or empty without grades. */
    OptionalDouble gradeAverage() {
        return gradeCount == 0 ? OptionalDouble.empty() : OptionalDouble.of(gradeSum / gradeCount);
    }
}
