package ee.lim.plugin.estonia.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolDaysTest {

    @Test
    void easterSunday_knownYears() {
        assertEquals(LocalDate.of(2024, 3, 31), SchoolDays.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), SchoolDays.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), SchoolDays.easterSunday(2026));
        assertEquals(LocalDate.of(2038, 4, 25), SchoolDays.easterSunday(2038));
    }

    @Test
    void isPublicHoliday_fixedAndMovable() {
        assertTrue(SchoolDays.isPublicHoliday(LocalDate.of(2026, 2, 24)));
        assertTrue(SchoolDays.isPublicHoliday(LocalDate.of(2026, 4, 3)), "Good Friday");
        assertTrue(SchoolDays.isPublicHoliday(LocalDate.of(2026, 5, 24)), "Pentecost");
        assertTrue(SchoolDays.isPublicHoliday(LocalDate.of(2026, 6, 23)));
        assertTrue(SchoolDays.isPublicHoliday(LocalDate.of(2026, 8, 20)));
        assertFalse(
                SchoolDays.isPublicHoliday(LocalDate.of(2026, 4, 6)), "Easter Monday is not one");
        assertFalse(SchoolDays.isPublicHoliday(LocalDate.of(2026, 2, 23)));
    }

    @Test
    void nextSchoolDay_weekdaysOnlySkipsWeekend() {
        assertEquals(
                LocalDate.of(2026, 4, 6),
                SchoolDays.weekdays().nextSchoolDay(LocalDate.of(2026, 4, 3)));
        assertEquals(
                LocalDate.of(2026, 4, 6),
                SchoolDays.estonian().nextSchoolDay(LocalDate.of(2026, 4, 2)));
        assertEquals(
                LocalDate.of(2025, 12, 29),
                SchoolDays.estonian().nextSchoolDay(LocalDate.of(2025, 12, 23)));
    }
}
