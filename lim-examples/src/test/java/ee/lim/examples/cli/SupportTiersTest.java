package ee.lim.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.SupportMeasure;
import ee.lim.spi.model.SupportTier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportTiersTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
    private static final StudentKey FIRST = new StudentKey("S1");
    private static final StudentKey SECOND = new StudentKey("S2");

    private static Cohort cohort(List<Observation> observations) {
        return new Cohort(
                List.of(),
                List.of(Student.of(FIRST, null), Student.of(SECOND, null)),
                observations);
    }

    private static SupportMeasure measure(
            StudentKey student, LocalDate start, LocalDate end, SupportTier tier) {
        return new SupportMeasure(student, start, end, tier, "learning-support", null);
    }

    @Test
    void noMeasures_tierUnknown() {
        SupportTiers tiers = SupportTiers.asOf(cohort(List.of()), AS_OF);

        assertFalse(tiers.known());
        assertNull(tiers.tierOf(FIRST));
    }

    @Test
    void highestActiveTier_perStudent() {
        SupportTiers tiers =
                SupportTiers.asOf(
                        cohort(
                                List.of(
                                        measure(
                                                FIRST,
                                                AS_OF.minusDays(60),
                                                null,
                                                SupportTier.GENERAL),
                                        measure(
                                                FIRST,
                                                AS_OF.minusDays(30),
                                                null,
                                                SupportTier.ENHANCED))),
                        AS_OF);

        assertTrue(tiers.known());
        assertEquals(SupportTier.ENHANCED, tiers.tierOf(FIRST));
        assertNull(tiers.tierOf(SECOND), "no measure: known to have no tier");
    }

    @Test
    void endedOrFutureMeasures_ignored() {
        SupportTiers tiers =
                SupportTiers.asOf(
                        cohort(
                                List.of(
                                        measure(
                                                FIRST,
                                                AS_OF.minusDays(60),
                                                AS_OF.minusDays(10),
                                                SupportTier.SPECIAL),
                                        measure(SECOND, AS_OF, null, SupportTier.SPECIAL))),
                        AS_OF);

        assertNull(tiers.tierOf(FIRST), "ended before the as-of date");
        assertNull(tiers.tierOf(SECOND), "starts on the as-of date, not known before it");
    }
}
