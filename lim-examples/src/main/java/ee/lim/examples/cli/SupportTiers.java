package ee.lim.examples.cli;

import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.SupportMeasure;
import ee.lim.spi.model.SupportTier;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Each student's support tier on the as-of date, for eligibility rules that require a tier.
 *
 * <p>A cohort whose source records support measures at all (any {@link SupportMeasure} in it) is
 * taken to record every one: a student without a measure in force then has no tier, which is a
 * known fact. A cohort without any support measure, such as the UCI data, leaves every tier
 * unknown, so services that require a tier report it as a missing fact instead of rejecting.
 */
record SupportTiers(boolean known, Map<StudentKey, SupportTier> tiers) {

    /**
     * Finds the highest tier of the measures that started before the as-of date and had not ended
     * the day before it.
     */
    static SupportTiers asOf(Cohort cohort, LocalDate asOf) {
        boolean recorded = false;
        Map<StudentKey, SupportTier> tiers = new HashMap<>();
        LocalDate lastKnownDay = asOf.minusDays(1);
        for (Observation observation : cohort.observations()) {
            if (!(observation instanceof SupportMeasure measure)) {
                continue;
            }
            recorded = true;
            if (measure.date().isBefore(asOf) && measure.isActiveOn(lastKnownDay)) {
                tiers.merge(measure.student(), measure.tier(), SupportTiers::higher);
            }
        }
        return new SupportTiers(recorded, Map.copyOf(tiers));
    }

    /** Returns the student's tier, or {@code null} for none or unknown. */
    SupportTier tierOf(StudentKey student) {
        return known ? tiers.get(student) : null;
    }

    private static SupportTier higher(SupportTier first, SupportTier second) {
        return first.compareTo(second) >= 0 ? first : second;
    }
}
