package ee.lim.plugin.estonia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.JurisdictionProfile;
import ee.lim.spi.model.Jurisdiction;
import ee.lim.spi.model.StudyPeriod;
import ee.lim.spi.model.SupportTier;
import ee.lim.testkit.JurisdictionProfileContract;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EstonianProfileTest extends JurisdictionProfileContract {

    @Override
    protected JurisdictionProfile createPlugin() {
        return new EstonianProfile();
    }

    @Override
    protected LocalDate dayInSchoolYear() {
        return LocalDate.of(2025, 11, 12);
    }

    @Test
    void jurisdiction_gradeScaleFailsTwoAndOne() {
        Jurisdiction ee = new EstonianProfile().jurisdiction(dayInSchoolYear());

        assertEquals("ee", ee.id());
        assertTrue(ee.gradeScale().isFailing(1));
        assertTrue(ee.gradeScale().isFailing(2));
        assertFalse(ee.gradeScale().isFailing(3));
        assertFalse(ee.gradeScale().isFailing(5));
        assertEquals(45, ee.lessonMinutes());
    }

    @Test
    void jurisdiction_stagesCoverGradesOneToTwelve() {
        Jurisdiction ee = new EstonianProfile().jurisdiction(dayInSchoolYear());

        assertEquals(
                List.of("I", "II", "III", "gymnasium"),
                ee.stages().stream().map(s -> s.id()).toList());
        assertEquals("I", EstonianProfile.stageOf(3).orElseThrow().id());
        assertEquals("II", EstonianProfile.stageOf(4).orElseThrow().id());
        assertEquals("III", EstonianProfile.stageOf(9).orElseThrow().id());
        assertEquals("gymnasium", EstonianProfile.stageOf(10).orElseThrow().id());
        assertEquals("gymnasium", EstonianProfile.stageOf(12).orElseThrow().id());
        assertEquals(Optional.empty(), EstonianProfile.stageOf(13));
        assertEquals(Optional.empty(), EstonianProfile.stageOf(0));
    }

    @Test
    void jurisdiction_enhancedAndSpecialNeedExternalRecommendation() {
        Jurisdiction ee = new EstonianProfile().jurisdiction(dayInSchoolYear());

        assertEquals(
                List.of(SupportTier.GENERAL, SupportTier.ENHANCED, SupportTier.SPECIAL),
                ee.supportTiers());
        assertEquals(
                List.of(SupportTier.ENHANCED, SupportTier.SPECIAL),
                ee.externalRecommendationTiers());
    }

    @Test
    void jurisdiction_endAgeSeventeenWithoutLearningObligationDate() {
        Jurisdiction ee = EstonianProfile.builder().build().jurisdiction(dayInSchoolYear());

        assertEquals(Optional.of(17), ee.compulsorySchoolingEndAgeOn(LocalDate.of(2030, 1, 1)));
        assertEquals(Optional.of(17), ee.compulsorySchoolingEndAgeOn(LocalDate.of(2012, 1, 1)));
        assertEquals(Optional.empty(), ee.compulsorySchoolingEndAgeOn(LocalDate.of(2010, 8, 31)));
    }

    @Test
    void jurisdiction_endAgeEighteenFromConfiguredDate() {
        LocalDate from = LocalDate.of(2027, 9, 1);
        Jurisdiction ee =
                EstonianProfile.builder().learningObligationFrom(from).build().jurisdiction(from);

        assertEquals(Optional.of(17), ee.compulsorySchoolingEndAgeOn(from.minusDays(1)));
        assertEquals(Optional.of(18), ee.compulsorySchoolingEndAgeOn(from));
        assertEquals(Optional.of(18), ee.compulsorySchoolingEndAgeOn(from.plusYears(10)));
    }

    @Test
    void builder_learningObligationBeforePgsRejected() {
        InvalidInputException error =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                EstonianProfile.builder()
                                        .learningObligationFrom(LocalDate.of(2010, 9, 1)));

        assertEquals(
                "learningObligationFrom must be after 2010-09-01, got 2010-09-01",
                error.getMessage());
    }

    @Test
    void jurisdiction_periodsAreThoseOfTheSchoolYear() {
        EstonianProfile profile = new EstonianProfile();

        List<StudyPeriod> autumn = profile.jurisdiction(LocalDate.of(2025, 9, 1)).studyPeriods();
        List<StudyPeriod> spring = profile.jurisdiction(LocalDate.of(2026, 8, 31)).studyPeriods();

        assertEquals(autumn, spring);
        assertEquals("2025/26-Q1", autumn.get(0).id());
        assertEquals(LocalDate.of(2025, 9, 1), autumn.get(0).start());
        assertEquals(LocalDate.of(2026, 6, 12), autumn.get(3).end());
    }

    @Test
    void builder_reportingPeriodsMatchEkool() {
        EstonianProfile profile =
                EstonianProfile.builder().studyCalendar(StudyCalendar.reportingPeriods()).build();

        List<StudyPeriod> periods = profile.jurisdiction(LocalDate.of(2026, 2, 1)).studyPeriods();

        assertEquals(
                List.of(
                        new StudyPeriod(
                                "2025/26-P1", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 31)),
                        new StudyPeriod(
                                "2025/26-P2",
                                LocalDate.of(2025, 11, 1),
                                LocalDate.of(2025, 12, 31)),
                        new StudyPeriod(
                                "2025/26-P3", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                        new StudyPeriod(
                                "2025/26-P4", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31))),
                periods);
    }

    @Test
    void studyCalendar_schoolsOwnYearReplacesTemplate() {
        List<StudyPeriod> own =
                List.of(
                        new StudyPeriod("T1", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 28)),
                        new StudyPeriod("T2", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 6)),
                        new StudyPeriod("T3", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 6, 10)));
        StudyCalendar calendar = StudyCalendar.illustrativeQuarters().withSchoolYear(2025, own);
        EstonianProfile profile = EstonianProfile.builder().studyCalendar(calendar).build();

        assertEquals(own, profile.jurisdiction(LocalDate.of(2025, 10, 1)).studyPeriods());
        assertEquals(
                "2026/27-Q1",
                profile.jurisdiction(LocalDate.of(2026, 10, 1)).studyPeriods().get(0).id());
    }

    @Test
    void studyCalendar_overlappingOrOutsidePeriodsRejected() {
        StudyCalendar calendar = StudyCalendar.illustrativeQuarters();
        List<StudyPeriod> overlapping =
                List.of(
                        new StudyPeriod("A", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 1)),
                        new StudyPeriod("B", LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 1)));
        List<StudyPeriod> outside =
                List.of(new StudyPeriod("A", LocalDate.of(2025, 8, 25), LocalDate.of(2025, 11, 1)));

        InvalidInputException overlap =
                assertThrows(
                        InvalidInputException.class,
                        () -> calendar.withSchoolYear(2025, overlapping));
        InvalidInputException early =
                assertThrows(
                        InvalidInputException.class, () -> calendar.withSchoolYear(2025, outside));

        assertEquals(
                "period B starts before period A ends; list periods in date order without overlap",
                overlap.getMessage());
        assertEquals(
                "period A lies outside the school year 2025/26 (2025-09-01 to 2026-08-31)",
                early.getMessage());
    }

    @Test
    void serviceConstructor_readsSystemProperties() {
        String calendar = System.getProperty(EstonianProfile.STUDY_CALENDAR_PROPERTY);
        String from = System.getProperty(EstonianProfile.LEARNING_OBLIGATION_PROPERTY);
        try {
            System.setProperty(EstonianProfile.STUDY_CALENDAR_PROPERTY, "reporting-periods");
            System.setProperty(EstonianProfile.LEARNING_OBLIGATION_PROPERTY, "2028-09-01");

            EstonianProfile profile = new EstonianProfile();

            assertEquals("reporting-periods", profile.studyCalendar().name());
            assertEquals(Optional.of(LocalDate.of(2028, 9, 1)), profile.learningObligationFrom());

            System.setProperty(EstonianProfile.LEARNING_OBLIGATION_PROPERTY, "soon");
            InvalidInputException error =
                    assertThrows(InvalidInputException.class, EstonianProfile::new);
            assertEquals(
                    "lim.ee.learning-obligation-from must be an ISO date such as 2027-09-01, got 'soon'",
                    error.getMessage());
        } finally {
            restore(EstonianProfile.STUDY_CALENDAR_PROPERTY, calendar);
            restore(EstonianProfile.LEARNING_OBLIGATION_PROPERTY, from);
        }
    }

    @Test
    void schoolYearOf_switchesOnFirstSeptember() {
        assertEquals(2024, StudyCalendar.schoolYearOf(LocalDate.of(2025, 8, 31)));
        assertEquals(2025, StudyCalendar.schoolYearOf(LocalDate.of(2025, 9, 1)));
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, previous);
        }
    }
}
