package ee.lim.plugin.uci.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.JurisdictionProfile;
import ee.lim.spi.model.Jurisdiction;
import ee.lim.spi.model.SupportTier;
import ee.lim.testkit.JurisdictionProfileContract;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JurisdictionProfilesTest {

    @Nested
    class Secondary extends JurisdictionProfileContract {
        @Override
        protected JurisdictionProfile createPlugin() {
            return new PtSecondaryProfile();
        }

        @Override
        protected LocalDate dayInSchoolYear() {
            return LocalDate.of(2006, 2, 1);
        }

        @Test
        void jurisdiction_periodsEndOnGradeDates() {
            Jurisdiction rules = createPlugin().jurisdiction(dayInSchoolYear());

            assertEquals("pt-secondary", rules.id());
            assertEquals(50, rules.lessonMinutes());
            assertEquals(List.of(SupportTier.GENERAL), rules.supportTiers());
            assertEquals(10.0, rules.gradeScale().passMark());
            assertEquals("P1", rules.studyPeriodOn(LocalDate.of(2005, 12, 16)).orElseThrow().id());
            assertEquals("P2", rules.studyPeriodOn(LocalDate.of(2006, 3, 31)).orElseThrow().id());
            assertEquals("P3", rules.studyPeriodOn(LocalDate.of(2006, 6, 23)).orElseThrow().id());
            assertEquals(15, rules.compulsorySchoolingEndAgeOn(LocalDate.of(2006, 1, 1)).get());
        }
    }

    @Nested
    class Higher extends JurisdictionProfileContract {
        @Override
        protected JurisdictionProfile createPlugin() {
            return new PtHigherProfile();
        }

        @Override
        protected LocalDate dayInSchoolYear() {
            return LocalDate.of(2019, 1, 10);
        }

        @Test
        void jurisdiction_semestersHoldResultDates() {
            Jurisdiction rules = createPlugin().jurisdiction(dayInSchoolYear());

            assertEquals("pt-higher", rules.id());
            assertTrue(rules.stages().isEmpty());
            assertEquals("S1", rules.studyPeriodOn(LocalDate.of(2019, 2, 1)).orElseThrow().id());
            assertEquals("S2", rules.studyPeriodOn(LocalDate.of(2019, 7, 1)).orElseThrow().id());
            assertEquals(18, rules.compulsorySchoolingEndAgeOn(LocalDate.of(2019, 1, 1)).get());
        }
    }
}
