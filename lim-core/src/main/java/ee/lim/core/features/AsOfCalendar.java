package ee.lim.core.features;

import ee.lim.spi.model.StudyPeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * The day ranges that features look at for one as-of date, as epoch days. Every range ends on the
 * day before the as-of date; {@link #rangeStart} is the first day any feature needs, so per-day
 * counters cover {@code [rangeStart, asOf)}.
 */
final class AsOfCalendar {
    final LocalDate asOf;
    final long asOfDay;
    final long yearStart;
    final long rangeStart;
    final int days;

    /** First day of the current study period; meaningful only if {@link #hasPeriod()}. */
    final long periodStart;

    private final long[] periodStarts;
    private final String[] periodIds;

    final String currentPeriodId;
    final String previousPeriodId;
    final int[] windowWeeks;
    final int trendWeeks;
    final int declineSteps;

    AsOfCalendar(LocalDate asOf, FeatureConfig config) {
        this.asOf = asOf;
        this.asOfDay = asOf.toEpochDay();
        LocalDate lastDay = asOf.minusDays(1);
        LocalDate start = config.schoolYearStart().atYear(lastDay.getYear());
        if (start.isAfter(lastDay)) {
            start = config.schoolYearStart().atYear(lastDay.getYear() - 1);
        }
        this.yearStart = start.toEpochDay();
        this.windowWeeks = config.windowWeeks().stream().mapToInt(Integer::intValue).toArray();
        this.trendWeeks = config.trendWeeks();
        this.declineSteps = config.declineSteps();
        int longestWeeks = Math.max(windowWeeks[windowWeeks.length - 1], trendWeeks);
        long first = Math.min(yearStart, asOfDay - 7L * longestWeeks);

        StudyPeriod current = null;
        StudyPeriod previous = null;
        List<StudyPeriod> periods =
                config.jurisdiction() == null ? List.of() : config.jurisdiction().studyPeriods();
        this.periodStarts = new long[periods.size()];
        this.periodIds = new String[periods.size()];
        for (int i = 0; i < periods.size(); i++) {
            periodStarts[i] = periods.get(i).start().toEpochDay();
            periodIds[i] = periods.get(i).id();
        }
        for (int i = 0; i < periods.size(); i++) {
            if (!periods.get(i).start().isAfter(lastDay)) {
                current = periods.get(i);
                previous = i > 0 ? periods.get(i - 1) : null;
            }
        }
        if (current != null) {
            this.periodStart = current.start().toEpochDay();
            // A period longer than a year is read for its last 366 days only.
            first = Math.min(first, Math.max(periodStart, asOfDay - 366));
            this.currentPeriodId = current.id();
            this.previousPeriodId = previous == null ? null : previous.id();
        } else {
            this.periodStart = Long.MIN_VALUE;
            this.currentPeriodId = null;
            this.previousPeriodId = null;
        }
        this.rangeStart = first;
        this.days = (int) (asOfDay - rangeStart);
    }

    boolean hasPeriod() {
        return currentPeriodId != null;
    }

    /**
     * Returns the id of the study period a grade belongs to: the latest period of the jurisdiction
     * that started on or before the grade's day, else the grade's own period id.
     */
    String periodOf(long day, String gradePeriodId) {
        String id = null;
        for (int i = 0; i < periodStarts.length && periodStarts[i] <= day; i++) {
            id = periodIds[i];
        }
        return id != null ? id : gradePeriodId;
    }
}
