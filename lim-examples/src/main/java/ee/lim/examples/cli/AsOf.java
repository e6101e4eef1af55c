package ee.lim.examples.cli;

import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Outcome;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Chooses the as-of date when the user gives none. */
final class AsOf {
    private AsOf() {}

    /**
     * Returns the given date, or else a default. For a cohort with known outcomes (a past school
     * year used for research or a demonstration), the default is the day after its first grading
     * date, so risk is computed after the first period as early warning would. Otherwise it is
     * today.
     */
    static LocalDate resolve(LocalDate given, Cohort cohort, Clock clock) {
        if (given != null) {
            return given;
        }
        boolean hasOutcomes = cohort.observations().stream().anyMatch(o -> o instanceof Outcome);
        Optional<LocalDate> firstGrading =
                cohort.observations().stream()
                        .filter(o -> o instanceof Grade)
                        .map(Observation::date)
                        .min(LocalDate::compareTo);
        if (hasOutcomes && firstGrading.isPresent()) {
            return firstGrading.get().plusDays(1);
        }
        return LocalDate.now(clock);
    }
}
