package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A country's or school owner's rules that scoring and matching depend on.
 *
 * @param id a stable id, such as {@code "ee"} or {@code "pt-secondary"}; never blank
 * @param gradeScale the grade scale; never {@code null}
 * @param stages the school stages; never {@code null}
 * @param studyPeriods the study periods of the years covered, in date order; never {@code null}
 * @param compulsorySchoolingEndAge the age at which compulsory schooling or the learning obligation
 *     ends, date-effective; never {@code null}
 * @param lessonMinutes the usual length of a lesson in minutes, 1 to 240
 * @param supportTiers the support tiers that exist here; never {@code null}
 * @param externalRecommendationTiers the tiers that need an external counselling team's
 *     recommendation; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Jurisdiction(
        String id,
        GradeScale gradeScale,
        List<SchoolStage> stages,
        List<StudyPeriod> studyPeriods,
        List<DateEffective<Integer>> compulsorySchoolingEndAge,
        int lessonMinutes,
        List<SupportTier> supportTiers,
        List<SupportTier> externalRecommendationTiers) {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id a stable id, such as {@code "ee"} or {@code "pt-secondary"}; never blank
     * @param gradeScale the grade scale; never {@code null}
     * @param stages the school stages; never {@code null}
     * @param studyPeriods the study periods of the years covered, in date order; never {@code null}
     * @param compulsorySchoolingEndAge the age at which compulsory schooling or the learning
     *     obligation ends, date-effective; never {@code null}
     * @param lessonMinutes the usual length of a lesson in minutes, 1 to 240
     * @param supportTiers the support tiers that exist here; never {@code null}
     * @param externalRecommendationTiers the tiers that need an external counselling team's
     *     recommendation; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Jurisdiction {
        Checks.notBlank(id, "Jurisdiction.id");
        Checks.present(gradeScale, "Jurisdiction.gradeScale");
        stages = Checks.listOf(stages, "Jurisdiction.stages");
        studyPeriods = Checks.listOf(studyPeriods, "Jurisdiction.studyPeriods");
        compulsorySchoolingEndAge =
                Checks.listOf(compulsorySchoolingEndAge, "Jurisdiction.compulsorySchoolingEndAge");
        Checks.inRange(lessonMinutes, 1, 240, "Jurisdiction.lessonMinutes");
        supportTiers = Checks.listOf(supportTiers, "Jurisdiction.supportTiers");
        externalRecommendationTiers =
                Checks.listOf(
                        externalRecommendationTiers, "Jurisdiction.externalRecommendationTiers");
    }

    /**
     * Finds the study period that contains a day.
     *
     * @param day the day
     * @return the period, or empty if the day is in none (a holiday, or outside the years covered)
     */
    public Optional<StudyPeriod> studyPeriodOn(LocalDate day) {
        return studyPeriods.stream().filter(p -> p.contains(day)).findFirst();
    }

    /**
     * Finds the compulsory-schooling end age in force on a day.
     *
     * @param day the day
     * @return the age, or empty if no rule is in force
     */
    public Optional<Integer> compulsorySchoolingEndAgeOn(LocalDate day) {
        return compulsorySchoolingEndAge.stream()
                .filter(rule -> rule.isInForceOn(day))
                .map(DateEffective::value)
                .reduce((first, second) -> second);
    }
}
