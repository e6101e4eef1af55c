package ee.lim.plugin.estonia;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.model.StudyPeriod;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The study periods of each school year: a yearly template, optionally replaced for single years by
 * the dates a school actually set.
 *
 * <p>An Estonian school year starts on 1 September and ends on 31 August (Basic Schools and Upper
 * Secondary Schools Act, PGS §24). Two templates come with the plugin:
 *
 * <ul>
 *   <li>{@link #illustrativeQuarters()}: four study quarters (õppeveerandid). The real quarter and
 *       holiday dates are set each year by ministerial regulation, so these fixed dates are only an
 *       illustration; replace them with {@link #withSchoolYear} for the years you evaluate.
 *   <li>{@link #reportingPeriods()}: the periods a school information system (eKool) uses for its
 *       absence reports: September–October, November–December, January–March, April–May.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StudyCalendar {
    private final String name;
    private final List<PeriodTemplate> template;
    private final Map<Integer, List<StudyPeriod>> years;

    private StudyCalendar(
            String name, List<PeriodTemplate> template, Map<Integer, List<StudyPeriod>> years) {
        this.name = name;
        this.template = List.copyOf(template);
        this.years = Map.copyOf(years);
    }

    /**
     * One period of a yearly template, given by month and day. A start in August to December lies
     * in the calendar year the school year starts in; January to July in the next one.
     *
     * @param suffix the id suffix, such as {@code "Q1"}; never blank
     * @param start the first day; never {@code null}
     * @param end the last day, not before {@code start} within the school year; never {@code null}
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record PeriodTemplate(String suffix, MonthDay start, MonthDay end) {
        /**
         * Creates the template, validating the fields.
         *
         * @param suffix the id suffix, such as {@code "Q1"}; never blank
         * @param start the first day; never {@code null}
         * @param end the last day, not before {@code start} within the school year; never {@code
         *     null}
         * @throws InvalidInputException if a field is missing or the end precedes the start
         */
        public PeriodTemplate {
            Checks.notBlank(suffix, "PeriodTemplate.suffix");
            Checks.present(start, "PeriodTemplate.start");
            Checks.present(end, "PeriodTemplate.end");
            Checks.require(
                    !dateIn(2001, end).isBefore(dateIn(2001, start)),
                    "PeriodTemplate.end",
                    "PeriodTemplate.end " + end + " is before start " + start + " in " + suffix);
        }

        /**
         * Places the template in a school year.
         *
         * @param schoolYear the calendar year the school year starts in, such as 2025
         * @return the period, with the id {@code "2025/26-" + suffix}
         */
        public StudyPeriod in(int schoolYear) {
            return new StudyPeriod(
                    schoolYearLabel(schoolYear) + "-" + suffix,
                    dateIn(schoolYear, start),
                    dateIn(schoolYear, end));
        }

        private static LocalDate dateIn(int schoolYear, MonthDay day) {
            int year = day.getMonthValue() >= 8 ? schoolYear : schoolYear + 1;
            return day.atYear(year);
        }
    }

    /**
     * Returns four illustrative study quarters: 1 Sep–24 Oct, 3 Nov–19 Dec, 5 Jan–20 Mar and 30
     * Mar–12 Jun. The dates resemble recent Estonian school calendars but are not any year's
     * official dates.
     *
     * @return the calendar
     */
    public static StudyCalendar illustrativeQuarters() {
        return new StudyCalendar(
                "quarters",
                List.of(
                        template("Q1", 9, 1, 10, 24),
                        template("Q2", 11, 3, 12, 19),
                        template("Q3", 1, 5, 3, 20),
                        template("Q4", 3, 30, 6, 12)),
                Map.of());
    }

    /**
     * Returns eKool's absence-reporting periods: 1 Sep–31 Oct, 1 Nov–31 Dec, 1 Jan–31 Mar and 1
     * Apr–31 May.
     *
     * @return the calendar
     */
    public static StudyCalendar reportingPeriods() {
        return new StudyCalendar(
                "reporting-periods",
                List.of(
                        template("P1", 9, 1, 10, 31),
                        template("P2", 11, 1, 12, 31),
                        template("P3", 1, 1, 3, 31),
                        template("P4", 4, 1, 5, 31)),
                Map.of());
    }

    /**
     * Creates a calendar from a yearly template.
     *
     * @param name a short name for listings, such as {@code "trimesters"}; never blank
     * @param periods the periods in date order, not overlapping; never {@code null} or empty
     * @return the calendar
     * @throws InvalidInputException if the template is empty, out of order or overlapping
     */
    public static StudyCalendar of(String name, List<PeriodTemplate> periods) {
        Checks.notBlank(name, "StudyCalendar.name");
        List<PeriodTemplate> copy = Checks.listOf(periods, "StudyCalendar.periods");
        Checks.require(
                !copy.isEmpty(),
                "StudyCalendar.periods",
                "StudyCalendar.periods is empty; give at least one period");
        List<StudyPeriod> probe = new ArrayList<>();
        for (PeriodTemplate period : copy) {
            probe.add(period.in(2001));
        }
        checkOrdered(probe, "StudyCalendar.periods");
        return new StudyCalendar(name, copy, Map.of());
    }

    /**
     * Returns a copy that uses a school's own periods for one school year instead of the template.
     *
     * @param schoolYear the calendar year the school year starts in, such as 2025
     * @param periods the periods, in date order, not overlapping, each within 1 September of {@code
     *     schoolYear} and 31 August of the next year; never {@code null} or empty
     * @return the new calendar
     * @throws InvalidInputException if the periods are empty, out of order, overlapping or outside
     *     the school year
     */
    public StudyCalendar withSchoolYear(int schoolYear, List<StudyPeriod> periods) {
        List<StudyPeriod> copy = Checks.listOf(periods, "StudyCalendar.periods");
        Checks.require(
                !copy.isEmpty(),
                "StudyCalendar.periods",
                "StudyCalendar.periods for " + schoolYearLabel(schoolYear) + " is empty");
        checkOrdered(copy, "StudyCalendar.periods");
        LocalDate first = LocalDate.of(schoolYear, 9, 1);
        LocalDate last = LocalDate.of(schoolYear + 1, 8, 31);
        for (StudyPeriod period : copy) {
            Checks.require(
                    !period.start().isBefore(first) && !period.end().isAfter(last),
                    "StudyCalendar.periods",
                    "period "
                            + period.id()
                            + " lies outside the school year "
                            + schoolYearLabel(schoolYear)
                            + " ("
                            + first
                            + " to "
                            + last
                            + ")");
        }
        Map<Integer, List<StudyPeriod>> newYears = new TreeMap<>(years);
        newYears.put(schoolYear, copy);
        return new StudyCalendar(name, template, newYears);
    }

    /**
     * Returns the periods of one school year.
     *
     * @param schoolYear the calendar year the school year starts in, such as 2025
     * @return the periods in date order; never empty
     */
    public List<StudyPeriod> periodsOf(int schoolYear) {
        List<StudyPeriod> configured = years.get(schoolYear);
        if (configured != null) {
            return configured;
        }
        List<StudyPeriod> periods = new ArrayList<>();
        for (PeriodTemplate period : template) {
            periods.add(period.in(schoolYear));
        }
        return List.copyOf(periods);
    }

    /**
     * Returns the school year a day belongs to.
     *
     * @param day the day; never {@code null}
     * @return the calendar year the school year starts in: the day's year from September on, the
     *     year before until August
     */
    public static int schoolYearOf(LocalDate day) {
        return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    }

    /**
     * Returns the short name, such as {@code "quarters"} or {@code "reporting-periods"}.
     *
     * @return the name; never blank
     */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StudyCalendar that
                && name.equals(that.name)
                && template.equals(that.template)
                && years.equals(that.years);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + template.hashCode() * 17 + years.hashCode();
    }

    @Override
    public String toString() {
        return "StudyCalendar[" + name + ", " + years.size() + " configured years]";
    }

    private static PeriodTemplate template(
            String suffix, int startMonth, int startDay, int endMonth, int endDay) {
        return new PeriodTemplate(
                suffix, MonthDay.of(startMonth, startDay), MonthDay.of(endMonth, endDay));
    }

    private static void checkOrdered(List<StudyPeriod> periods, String field) {
        for (int i = 1; i < periods.size(); i++) {
            Checks.require(
                    periods.get(i).start().isAfter(periods.get(i - 1).end()),
                    field,
                    "period "
                            + periods.get(i).id()
                            + " starts before period "
                            + periods.get(i - 1).id()
                            + " ends; list periods in date order without overlap");
        }
    }

    private static String schoolYearLabel(int schoolYear) {
        return schoolYear + "/" + String.format("%02d", (schoolYear + 1) % 100);
    }
}
