package ee.lim.core.features;

import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.BehaviourIncident;
import ee.lim.spi.model.EnrolmentEvent;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Measurement;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.SupportMeasure;
import ee.lim.spi.model.SupportTier;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.Features;
import java.time.LocalDate;
import java.time.Period;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The compact running state of one student's features as of one date. Observations dated on or
 * after the as-of date are ignored. Memory is a few per-day counters over at most about a year plus
 * a handful of per-period grade totals, whatever the number of observations. Not thread-safe.
 */
final class StudentAggregate {
    private final Student student;
    private final AsOfCalendar calendar;
    private final Set<String> coreSubjects;
    private final int schoolEntryAge;
    private final int schoolYearStartMonth;

    // Minutes per day over [rangeStart, asOf), allocated on the first attendance event.
    private int[] recorded;
    private int[] absent;
    private int[] unexcused;
    private int[] unknown;
    private int[] late;

    private BitSet incidentDays;
    private int incidentsYear;
    private int seriousYear;
    private int exclusionDaysYear;
    private int suspensionsYear;
    private int longestExclusionYear;

    private int repeats;
    private int transfers;
    private int supportTier;

    private final Map<String, PeriodGrades> periods = new LinkedHashMap<>();
    private int gradesYear;
    private int failingYear;
    private int failingCoreYear;
    private double creditsYear;
    private boolean anyCredits;

    private Map<String, Measured> measurements;

    StudentAggregate(Student student, AsOfCalendar calendar, FeatureConfig config) {
        this.student = student;
        this.calendar = calendar;
        this.coreSubjects = config.coreSubjects();
        this.schoolEntryAge = config.schoolEntryAge();
        this.schoolYearStartMonth = config.schoolYearStart().getMonthValue();
    }

    Student student() {
        return student;
    }

    /** Adds one observation; observations on or after the as-of date change nothing. */
    void add(Observation observation) {
        if (observation instanceof AttendanceEvent attendance) {
            addAttendance(attendance);
            return;
        }
        long day = observation.date().toEpochDay();
        if (day >= calendar.asOfDay) {
            return;
        }
        if (observation instanceof Grade grade) {
            addGrade(grade, day);
        } else if (observation instanceof BehaviourIncident incident) {
            addIncident(incident, day);
        } else if (observation instanceof EnrolmentEvent enrolment) {
            if (enrolment.type() == EnrolmentEvent.Type.REPEAT) {
                repeats++;
            } else if (enrolment.type() == EnrolmentEvent.Type.TRANSFER) {
                transfers++;
            }
        } else if (observation instanceof SupportMeasure measure) {
            if (measure.isActiveOn(calendar.asOf.minusDays(1))) {
                supportTier = Math.max(supportTier, tierNumber(measure.tier()));
            }
        } else if (observation instanceof Measurement measurement) {
            addMeasurement(measurement, day);
        }
        // Outcomes are labels for training, never features.
    }

    /** Numbers a tier as the {@code support_tier} feature does: 1 general to 3 special. */
    private static int tierNumber(SupportTier tier) {
        return switch (tier) {
            case GENERAL -> 1;
            case ENHANCED -> 2;
            case SPECIAL -> 3;
        };
    }

    private void addAttendance(AttendanceEvent event) {
        long offset = event.date().toEpochDay() - calendar.rangeStart;
        if (offset < 0 || offset >= calendar.days) {
            return;
        }
        if (recorded == null) {
            int days = calendar.days;
            recorded = new int[days];
            absent = new int[days];
            unexcused = new int[days];
            unknown = new int[days];
            late = new int[days];
        }
        int d = (int) offset;
        int minutes = event.minutes();
        recorded[d] += minutes;
        switch (event.status()) {
            case UNEXCUSED -> {
                absent[d] += minutes;
                unexcused[d] += minutes;
            }
            case REASON_UNKNOWN -> {
                absent[d] += minutes;
                unknown[d] += minutes;
            }
            case EXCUSED -> absent[d] += minutes;
            case LATE -> late[d] += minutes;
            case PRESENT -> {
                // attended: only the recorded minutes count
            }
        }
    }

    private void addGrade(Grade grade, long day) {
        String period = calendar.periodOf(day, grade.periodId());
        if (period != null) {
            PeriodGrades totals = periods.computeIfAbsent(period, k -> new PeriodGrades());
            totals.add(grade, day);
        }
        if (day < calendar.yearStart) {
            return;
        }
        gradesYear++;
        if (grade.isFailing()) {
            failingYear++;
            if (coreSubjects.contains(grade.subject().trim().toLowerCase(Locale.ROOT))) {
                failingCoreYear++;
            }
        } else {
            creditsYear += grade.credits();
        }
        if (grade.credits() > 0) {
            anyCredits = true;
        }
    }

    private void addIncident(BehaviourIncident incident, long day) {
        if (day < calendar.yearStart) {
            return;
        }
        if (incidentDays == null) {
            incidentDays = new BitSet();
        }
        incidentDays.set((int) (day - calendar.yearStart));
        incidentsYear++;
        if (incident.severity() == BehaviourIncident.Severity.SERIOUS) {
            seriousYear++;
        }
        if (incident.exclusionDays() > 0) {
            suspensionsYear++;
            exclusionDaysYear += incident.exclusionDays();
            longestExclusionYear = Math.max(longestExclusionYear, incident.exclusionDays());
        }
    }

    private void addMeasurement(Measurement measurement, long day) {
        if (measurements == null) {
            measurements = new TreeMap<>();
        }
        Measured previous = measurements.get(measurement.name());
        // The latest value wins; on one day the larger value wins, so order does not matter.
        if (previous == null
                || day > previous.day
                || (day == previous.day && measurement.value() > previous.value)) {
            measurements.put(
                    measurement.name(),
                    new Measured(
                            day,
                            measurement.value(),
                            FeatureNames.measurementCategory(measurement.category())));
        }
    }

    /** Adds the categories of this student's measurement features to a map. */
    void measurementCategories(Map<String, FactorCategory> into) {
        if (measurements != null) {
            measurements.forEach(
                    (name, measured) ->
                            into.put(FeatureNames.measurement(name), measured.category));
        }
    }

    /** Computes the features from the state so far. */
    Features features() {
        Map<String, Double> values = new LinkedHashMap<>();
        attendanceFeatures(values);
        gradeFeatures(values);
        behaviourFeatures(values);
        enrolmentFeatures(values);
        values.put(FeatureNames.SUPPORT_TIER, (double) supportTier);
        if (measurements != null) {
            measurements.forEach(
                    (name, measured) -> values.put(FeatureNames.measurement(name), measured.value));
        }
        return new Features(student.key(), calendar.asOf, values);
    }

    private void attendanceFeatures(Map<String, Double> values) {
        if (recorded == null) {
            return;
        }
        for (int weeks : calendar.windowWeeks) {
            windowFeatures(values, "_" + weeks + "w", calendar.asOfDay - 7L * weeks, true);
        }
        if (calendar.hasPeriod()) {
            windowFeatures(values, "_period", calendar.periodStart, false);
        }
        windowFeatures(values, "_year", calendar.yearStart, true);
        int absentDays = 0;
        for (int d = index(calendar.yearStart); d < calendar.days; d++) {
            if (recorded[d] > 0 && 2L * absent[d] >= recorded[d]) {
                absentDays++;
            }
        }
        if (values.containsKey(FeatureNames.ATTENDANCE_RATE_YEAR)) {
            values.put(FeatureNames.ABSENT_DAYS_YEAR, (double) absentDays);
        }
        WeeklyTrend trend = WeeklyTrend.of(recorded, absent, calendar);
        if (trend != null) {
            trend.putInto(values);
        }
    }

    /** Puts the features of one window {@code [from, asOf)}; none if it has no records. */
    private void windowFeatures(
            Map<String, Double> values, String suffix, long fromDay, boolean withHours) {
        long total = 0;
        long absentMinutes = 0;
        long unexcusedMinutes = 0;
        long unknownMinutes = 0;
        long lateMinutes = 0;
        for (int d = index(fromDay); d < calendar.days; d++) {
            total += recorded[d];
            absentMinutes += absent[d];
            unexcusedMinutes += unexcused[d];
            unknownMinutes += unknown[d];
            lateMinutes += late[d];
        }
        if (total == 0) {
            return;
        }
        values.put("attendance_rate" + suffix, 1.0 - (double) absentMinutes / total);
        values.put("unexcused_share" + suffix, (double) unexcusedMinutes / total);
        if (!withHours) {
            return;
        }
        values.put("absent_hours" + suffix, absentMinutes / 60.0);
        values.put("unexcused_hours" + suffix, unexcusedMinutes / 60.0);
        values.put(
                "reason_unknown_share" + suffix,
                absentMinutes == 0 ? 0.0 : (double) unknownMinutes / absentMinutes);
        values.put("late_share" + suffix, (double) lateMinutes / total);
    }

    private int index(long day) {
        return (int) Math.max(0, day - calendar.rangeStart);
    }

    private void gradeFeatures(Map<String, Double> values) {
        String current = calendar.currentPeriodId;
        String previous = calendar.previousPeriodId;
        if (current == null && !periods.isEmpty()) {
            // No jurisdiction: the current period is that of the latest grade, the previous one
            // the period whose latest grade came next.
            current = latestPeriod(null);
            previous = latestPeriod(current);
        }
        PeriodGrades now = current == null ? null : periods.get(current);
        PeriodGrades before = previous == null ? null : periods.get(previous);
        if (now != null) {
            values.put(FeatureNames.FAILING_GRADES_PERIOD, (double) now.failing);
            values.put(FeatureNames.GRADE_AVERAGE_PERIOD, now.average());
        }
        if (before != null) {
            values.put(FeatureNames.FAILING_GRADES_PREVIOUS_PERIOD, (double) before.failing);
            values.put(FeatureNames.GRADE_AVERAGE_PREVIOUS_PERIOD, before.average());
        }
        if (now != null && before != null) {
            values.put(FeatureNames.GRADE_AVERAGE_CHANGE, now.average() - before.average());
        }
        if (gradesYear > 0) {
            values.put(FeatureNames.FAILING_GRADES_YEAR, (double) failingYear);
            values.put(FeatureNames.FAILING_CORE_YEAR, (double) failingCoreYear);
        }
        if (anyCredits) {
            values.put(FeatureNames.CREDITS_EARNED_YEAR, creditsYear);
        }
    }

    private String latestPeriod(String excluded) {
        String best = null;
        long bestDay = Long.MIN_VALUE;
        for (Map.Entry<String, PeriodGrades> entry : periods.entrySet()) {
            String id = entry.getKey();
            long last = entry.getValue().lastDay;
            if (id.equals(excluded)) {
                continue;
            }
            if (best == null || last > bestDay || (last == bestDay && id.compareTo(best) > 0)) {
                best = id;
                bestDay = last;
            }
        }
        return best;
    }

    private void behaviourFeatures(Map<String, Double> values) {
        values.put(FeatureNames.INCIDENTS_YEAR, (double) incidentsYear);
        values.put(FeatureNames.SERIOUS_INCIDENTS_YEAR, (double) seriousYear);
        values.put(FeatureNames.EXCLUSION_DAYS_YEAR, (double) exclusionDaysYear);
        values.put(FeatureNames.SUSPENSIONS_YEAR, (double) suspensionsYear);
        values.put(FeatureNames.LONGEST_EXCLUSION_DAYS_YEAR, (double) longestExclusionYear);
        int schoolDays = 0;
        int incidentSchoolDays = 0;
        if (recorded != null) {
            int first = index(calendar.yearStart);
            for (int d = first; d < calendar.days; d++) {
                if (recorded[d] > 0) {
                    schoolDays++;
                    long yearOffset = d + calendar.rangeStart - calendar.yearStart;
                    if (incidentDays != null && incidentDays.get((int) yearOffset)) {
                        incidentSchoolDays++;
                    }
                }
            }
        }
        if (schoolDays > 0) {
            values.put(
                    FeatureNames.INCIDENT_DAY_SHARE_YEAR, (double) incidentSchoolDays / schoolDays);
        }
    }

    private void enrolmentFeatures(Map<String, Double> values) {
        values.put(FeatureNames.REPEATS, (double) repeats);
        values.put(FeatureNames.TRANSFERS, (double) transfers);
        if (student.birthMonth() == null) {
            return;
        }
        LocalDate birth = student.birthMonth().atDay(1);
        values.put(
                FeatureNames.AGE_YEARS, (double) Period.between(birth, calendar.asOf).getYears());
        if (student.grade() != null) {
            // A child who has reached the entry age by 1 October of the school year is in grade 1,
            // so the usual age on that day is entryAge + grade - 1.
            LocalDate yearStart = LocalDate.ofEpochDay(calendar.yearStart);
            LocalDate october = LocalDate.of(yearStart.getYear(), 10, 1);
            if (schoolYearStartMonth > 10) {
                october = october.plusYears(1);
            }
            int age = Period.between(birth, october).getYears();
            int usual = schoolEntryAge + student.grade() - 1;
            values.put(FeatureNames.OVER_AGE_YEARS, (double) Math.max(0, age - usual));
        }
    }

    /** Grade totals of one study period. */
    private static final class PeriodGrades {
        int count;
        int failing;
        double normalisedSum;
        long lastDay = Long.MIN_VALUE;

        void add(Grade grade, long day) {
            count++;
            if (grade.isFailing()) {
                failing++;
            }
            normalisedSum += grade.scale().normalise(grade.value());
            lastDay = Math.max(lastDay, day);
        }

        double average() {
            return normalisedSum / count;
        }
    }

    /** The latest value of one measurement. */
    private record Measured(long day, double value, FactorCategory category) {}
}
