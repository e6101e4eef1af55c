package ee.lim.plugin.estonia.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A calendar of school days: Monday to Friday, minus public holidays if requested and minus the
 * holidays and breaks a school configures.
 *
 * <p>Estonia's public holidays (Public Holidays and Days of National Importance Act, §1 and §2) are
 * 1 January, 24 February, Good Friday, Easter Sunday, 1 May, Pentecost, 23 and 24 June, 20 August
 * and 24 to 26 December; the movable ones follow the Gregorian Easter date. Instances are immutable
 * and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SchoolDays {
    private static final Set<MonthDay> FIXED_PUBLIC_HOLIDAYS =
            Set.of(
                    MonthDay.of(1, 1),
                    MonthDay.of(2, 24),
                    MonthDay.of(5, 1),
                    MonthDay.of(6, 23),
                    MonthDay.of(6, 24),
                    MonthDay.of(8, 20),
                    MonthDay.of(12, 24),
                    MonthDay.of(12, 25),
                    MonthDay.of(12, 26));

    private final boolean publicHolidays;
    private final Set<LocalDate> holidays;

    private SchoolDays(boolean publicHolidays, Set<LocalDate> holidays) {
        this.publicHolidays = publicHolidays;
        this.holidays = Set.copyOf(holidays);
    }

    /**
     * Returns a calendar in which every Monday to Friday is a school day.
     *
     * @return the calendar
     */
    public static SchoolDays weekdays() {
        return new SchoolDays(false, Set.of());
    }

    /**
     * Returns a calendar of Monday to Friday without Estonia's public holidays.
     *
     * @return the calendar
     */
    public static SchoolDays estonian() {
        return new SchoolDays(true, Set.of());
    }

    /**
     * Returns a copy in which the given days are not school days either, such as a school's breaks.
     *
     * @param days the days off; never {@code null}
     * @return the new calendar
     * @throws ee.lim.spi.InvalidInputException if {@code days} or one of them is {@code null}
     */
    public SchoolDays withHolidays(Set<LocalDate> days) {
        Set<LocalDate> union = new HashSet<>(holidays);
        union.addAll(Checks.setOf(days, "days"));
        return new SchoolDays(publicHolidays, union);
    }

    /**
     * Tells whether a day is a school day.
     *
     * @param day the day; never {@code null}
     * @return {@code false} on Saturdays, Sundays and holidays
     */
    public boolean isSchoolDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return false;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return !(publicHolidays && isPublicHoliday(day));
    }

    /**
     * Finds the first school day after a day.
     *
     * @param day the day; never {@code null}
     * @return the next school day, strictly after {@code day}
     * @throws ee.lim.spi.InvalidInputException if {@code day} is {@code null} or no school day
     *     follows within a year, which means the configured holidays cover a whole year
     */
    public LocalDate nextSchoolDay(LocalDate day) {
        Checks.present(day, "day");
        LocalDate candidate = day.plusDays(1);
        for (int i = 0; i < 366; i++) {
            if (isSchoolDay(candidate)) {
                return candidate;
            }
            candidate = candidate.plusDays(1);
        }
        throw new ee.lim.spi.InvalidInputException(
                "holidays", "no school day within a year after " + day + "; check the holidays");
    }

    /**
     * Tells whether a day is an Estonian public holiday.
     *
     * @param day the day; never {@code null}
     * @return {@code true} on the fixed holidays, Good Friday, Easter Sunday and Pentecost
     */
    public static boolean isPublicHoliday(LocalDate day) {
        if (FIXED_PUBLIC_HOLIDAYS.contains(MonthDay.from(day))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        return day.equals(easter.minusDays(2))
                || day.equals(easter)
                || day.equals(easter.plusDays(49));
    }

    /**
     * Computes the Gregorian Easter Sunday with the anonymous Gregorian algorithm (Meeus, Jones and
     * Butcher).
     *
     * @param year the year, 1583 or later
     * @return Easter Sunday of that year
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
