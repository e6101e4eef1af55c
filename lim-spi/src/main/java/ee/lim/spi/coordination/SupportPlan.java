package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.ReviewDecision;
import ee.lim.spi.model.Specialist;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.SupportTier;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A support plan (tugikava or juhtumiplaan) of a case: goals, the measures that serve them, who
 * owns the plan and when it is reviewed. Measures may sit at different support tiers at once.
 *
 * @param id the plan id; never blank
 * @param version the version it was read at, {@code 0} if not stored yet; never negative
 * @param caseId the case the plan belongs to; never blank
 * @param student the student; never {@code null}
 * @param goals the goals in the team's words, without names; never {@code null}
 * @param measures the measures; never {@code null}
 * @param owner the specialist who owns the plan; never {@code null}
 * @param start the first day of the plan; never {@code null}
 * @param reviewOn the day of the next review; not before {@code start}; never {@code null}
 * @param reviewDecision the decision of the last review, or {@code null} before the first
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SupportPlan(
        String id,
        long version,
        String caseId,
        StudentKey student,
        List<String> goals,
        List<PlannedMeasure> measures,
        Specialist owner,
        LocalDate start,
        LocalDate reviewOn,
        ReviewDecision reviewDecision)
        implements CaseRecord {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id the plan id; never blank
     * @param version the version it was read at, {@code 0} if not stored yet; never negative
     * @param caseId the case the plan belongs to; never blank
     * @param student the student; never {@code null}
     * @param goals the goals in the team's words, without names; never {@code null}
     * @param measures the measures; never {@code null}
     * @param owner the specialist who owns the plan; never {@code null}
     * @param start the first day of the plan; never {@code null}
     * @param reviewOn the day of the next review; not before {@code start}; never {@code null}
     * @param reviewDecision the decision of the last review, or {@code null} before the first
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public SupportPlan {
        Checks.notBlank(id, "SupportPlan.id");
        Checks.require(version >= 0, "SupportPlan.version", "SupportPlan.version must be >= 0");
        Checks.notBlank(caseId, "SupportPlan.caseId");
        Checks.present(student, "SupportPlan.student");
        goals = Checks.listOf(goals, "SupportPlan.goals");
        for (String goal : goals) {
            Checks.notBlank(goal, "SupportPlan.goals");
        }
        measures = Checks.listOf(measures, "SupportPlan.measures");
        Checks.present(owner, "SupportPlan.owner");
        Checks.present(start, "SupportPlan.start");
        Checks.present(reviewOn, "SupportPlan.reviewOn");
        Checks.require(
                !reviewOn.isBefore(start),
                "SupportPlan.reviewOn",
                "SupportPlan.reviewOn must not be before start, got " + start + " and " + reviewOn);
    }

    /**
     * Returns the support tiers of the measures active on a day.
     *
     * @param day the day; never {@code null}
     * @return the tiers; empty if no measure is active; never {@code null}
     */
    public Set<SupportTier> tiersOn(LocalDate day) {
        Set<SupportTier> tiers = EnumSet.noneOf(SupportTier.class);
        for (PlannedMeasure measure : measures) {
            if (!day.isBefore(measure.start())
                    && (measure.end() == null || !day.isAfter(measure.end()))) {
                tiers.add(measure.tier());
            }
        }
        return Set.copyOf(tiers);
    }

    /**
     * Tells whether the review is due on a day.
     *
     * @param day the day; never {@code null}
     * @return {@code true} if {@code day} is on or after {@link #reviewOn()}
     */
    public boolean reviewDueOn(LocalDate day) {
        return !day.isBefore(reviewOn);
    }

    /**
     * Returns a copy after a review.
     *
     * @param decision the decision taken; never {@code null}
     * @param nextReview the day of the next review; never {@code null}
     * @return the copy; never {@code null}
     */
    public SupportPlan reviewed(ReviewDecision decision, LocalDate nextReview) {
        Checks.present(decision, "SupportPlan.reviewDecision");
        return new SupportPlan(
                id, version, caseId, student, goals, measures, owner, start, nextReview, decision);
    }

    @Override
    public SupportPlan withVersion(long version) {
        return new SupportPlan(
                id,
                version,
                caseId,
                student,
                goals,
                measures,
                owner,
                start,
                reviewOn,
                reviewDecision);
    }
}
