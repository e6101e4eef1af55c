package ee.lim.plugin.estonia.rules;

import static ee.lim.plugin.estonia.rules.Fixtures.lesson;
import static ee.lim.plugin.estonia.rules.Fixtures.student;
import static ee.lim.spi.model.AttendanceStatus.EXCUSED;
import static ee.lim.spi.model.AttendanceStatus.PRESENT;
import static ee.lim.spi.model.AttendanceStatus.REASON_UNKNOWN;
import static ee.lim.spi.model.AttendanceStatus.UNEXCUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.plugin.estonia.EstonianTexts;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.StudyPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EhisAbsenceReportTest {
    private static final Student TOWN = student("a1", "school-1", 5, "0919");
    private static final Student RURAL = student("a2", "school-1", 5, "0917");
    private static final Student NO_RESIDENCE = student("a3", "school-1", 5, null);
    private static final Student ATTENDING = student("a4", "school-1", 5, "0919");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 2, 20);

    @Test
    void notices_listOnlyReasonUnknown() {
        List<Observation> observations =
                List.of(
                        lesson(TOWN, FRIDAY, REASON_UNKNOWN),
                        lesson(TOWN, FRIDAY, REASON_UNKNOWN),
                        lesson(TOWN, FRIDAY.minusDays(1), PRESENT),
                        lesson(ATTENDING, FRIDAY, UNEXCUSED),
                        lesson(ATTENDING, FRIDAY, EXCUSED));

        List<UnknownReasonNotice> notices =
                new EhisAbsenceReport(SchoolDays.weekdays())
                        .unknownReasonNotices(
                                List.of(TOWN, ATTENDING),
                                observations,
                                FRIDAY.minusDays(7),
                                FRIDAY.plusDays(1));

        assertEquals(1, notices.size());
        UnknownReasonNotice notice = notices.get(0);
        assertEquals(new StudentKey("a1"), notice.student());
        assertEquals("0919", notice.residenceMunicipality());
        assertEquals(FRIDAY, notice.firstUnknownDay());
        assertEquals(2, notice.unknownLessons());
    }

    @Test
    void deadline_skipsWeekendAndHoliday() {
        // Friday 20 February 2026; Monday 23 February is a school day, but 24 February is
        // Independence Day.
        List<Observation> friday = List.of(lesson(TOWN, FRIDAY, REASON_UNKNOWN));
        List<Observation> monday = List.of(lesson(TOWN, FRIDAY.plusDays(3), REASON_UNKNOWN));
        EhisAbsenceReport report = new EhisAbsenceReport(SchoolDays.estonian());

        LocalDate fromFriday =
                report.unknownReasonNotices(List.of(TOWN), friday, FRIDAY, FRIDAY.plusDays(7))
                        .get(0)
                        .deadline();
        LocalDate fromMonday =
                report.unknownReasonNotices(List.of(TOWN), monday, FRIDAY, FRIDAY.plusDays(7))
                        .get(0)
                        .deadline();

        assertEquals(LocalDate.of(2026, 2, 23), fromFriday);
        assertEquals(LocalDate.of(2026, 2, 25), fromMonday);
    }

    @Test
    void deadline_skipsConfiguredSchoolBreak() {
        SchoolDays withBreak =
                SchoolDays.estonian()
                        .withHolidays(Set.of(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 25)));
        List<Observation> friday = List.of(lesson(TOWN, FRIDAY, REASON_UNKNOWN));

        UnknownReasonNotice notice =
                new EhisAbsenceReport(withBreak)
                        .unknownReasonNotices(List.of(TOWN), friday, FRIDAY, FRIDAY.plusDays(1))
                        .get(0);

        assertEquals(LocalDate.of(2026, 2, 26), notice.deadline());
        assertTrue(notice.isOverdueOn(LocalDate.of(2026, 2, 27)));
        assertFalse(notice.isOverdueOn(LocalDate.of(2026, 2, 26)));
    }

    @Test
    void notices_windowExcludesAsOfAndEarlierDays() {
        List<Observation> observations =
                List.of(
                        lesson(TOWN, FRIDAY.minusDays(8), REASON_UNKNOWN),
                        lesson(TOWN, FRIDAY, REASON_UNKNOWN),
                        lesson(RURAL, FRIDAY.plusDays(3), REASON_UNKNOWN));

        List<UnknownReasonNotice> notices =
                new EhisAbsenceReport(SchoolDays.weekdays())
                        .unknownReasonNotices(
                                List.of(TOWN, RURAL),
                                observations,
                                FRIDAY.minusDays(7),
                                FRIDAY.plusDays(3));

        assertEquals(1, notices.size());
        assertEquals(FRIDAY, notices.get(0).firstUnknownDay());
        assertEquals(1, notices.get(0).unknownLessons());
    }

    @Test
    void byMunicipality_groupsUnknownResidenceSeparately() {
        List<Observation> observations =
                List.of(
                        lesson(TOWN, FRIDAY, REASON_UNKNOWN),
                        lesson(RURAL, FRIDAY, REASON_UNKNOWN),
                        lesson(NO_RESIDENCE, FRIDAY, REASON_UNKNOWN));

        List<UnknownReasonNotice> notices =
                new EhisAbsenceReport(SchoolDays.weekdays())
                        .unknownReasonNotices(
                                List.of(TOWN, RURAL, NO_RESIDENCE),
                                observations,
                                FRIDAY,
                                FRIDAY.plusDays(1));
        Map<String, List<UnknownReasonNotice>> grouped = EhisAbsenceReport.byMunicipality(notices);

        assertEquals(
                Arrays.asList("0917", "0919", null),
                notices.stream().map(UnknownReasonNotice::residenceMunicipality).toList());
        assertEquals(Set.of("0917", "0919", EhisAbsenceReport.RESIDENCE_UNKNOWN), grouped.keySet());
        assertEquals(
                new StudentKey("a3"),
                grouped.get(EhisAbsenceReport.RESIDENCE_UNKNOWN).get(0).student());
    }

    @Test
    void text_estonianNoticeNamesMunicipalityAndDeadline() {
        UnknownReasonNotice notice =
                new UnknownReasonNotice(
                        new StudentKey("ee-0123abcd"),
                        "school-1",
                        "0919",
                        FRIDAY,
                        3,
                        LocalDate.of(2026, 2, 23));

        String estonian = notice.text(EstonianTexts.ESTONIAN);
        String english = notice.text(Locale.ENGLISH);

        assertEquals(
                "Õpilase ee-0123abcd puudumise põhjus on teadmata alates 20.02.2026 (3 tundi). Kool peab"
                        + " sellest teavitama õpilase elukohajärgset kohalikku omavalitsust (KOV: 0919)"
                        + " hiljemalt 23.02.2026.",
                estonian);
        assertTrue(english.contains("by 2026-02-23"), english);
        assertTrue(english.contains("(3 lessons)"), english);
    }

    @Test
    void text_singleLessonInSingular() {
        UnknownReasonNotice notice =
                new UnknownReasonNotice(
                        new StudentKey("k1"), null, null, FRIDAY, 1, LocalDate.of(2026, 2, 23));

        String estonian = notice.text(EstonianTexts.ESTONIAN);
        String english = notice.text(Locale.ENGLISH);

        assertTrue(estonian.contains("(1 tund)"), estonian);
        assertTrue(estonian.contains("(KOV: elukoht teadmata)"), estonian);
        assertTrue(english.contains("(1 lesson)"), english);
    }

    @Test
    void ehisEntries_aboveTwentyPercentOnly() {
        StudyPeriod quarter =
                new StudyPeriod("Q3", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 20));
        List<Observation> observations = new ArrayList<>();
        // TOWN: 2 of 10 lessons (20 %) in the quarter, plus 5 unexcused lessons after it.
        observations.addAll(
                Fixtures.lessons(
                        TOWN,
                        LocalDate.of(2026, 1, 5),
                        5,
                        Fixtures.concat(
                                Fixtures.repeat(UNEXCUSED, 2), Fixtures.repeat(PRESENT, 8))));
        observations.addAll(
                Fixtures.lessons(
                        TOWN, LocalDate.of(2026, 3, 23), 5, Fixtures.repeat(UNEXCUSED, 5)));
        // RURAL: 3 of 10 (30 %), one of them with the reason unknown.
        observations.addAll(
                Fixtures.lessons(
                        RURAL,
                        LocalDate.of(2026, 1, 5),
                        5,
                        Fixtures.concat(
                                Fixtures.repeat(UNEXCUSED, 2),
                                Fixtures.repeat(REASON_UNKNOWN, 1),
                                Fixtures.repeat(PRESENT, 7))));
        Cohort cohort = new Cohort(List.of(), List.of(TOWN, RURAL), observations);

        Map<StudentKey, QuarterAbsence> entries =
                EhisAbsenceReport.ehisEntries(cohort, quarter, 45);

        assertEquals(Set.of(RURAL.key()), entries.keySet());
        assertEquals(new QuarterAbsence(quarter, 10, 3, 1), entries.get(RURAL.key()));
    }

    @Test
    void notices_fromAfterAsOfRejected() {
        InvalidInputException error =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                new EhisAbsenceReport(SchoolDays.weekdays())
                                        .unknownReasonNotices(
                                                List.of(), List.of(), FRIDAY, FRIDAY.minusDays(1)));

        assertEquals("from 2026-02-20 is after asOf 2026-02-19", error.getMessage());
    }
}
