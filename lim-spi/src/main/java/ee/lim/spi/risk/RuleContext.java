package ee.lim.spi.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.Jurisdiction;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What an indicator rule pack sees of one student: the computed features, and the raw observations
 * for rules that need them (such as a per-quarter absence share).
 *
 * @param student the student; never {@code null}
 * @param asOf the as-of date; never {@code null}
 * @param observations the student's observations dated before {@code asOf}; never {@code null}
 * @param features the features as of {@code asOf}; never {@code null}
 * @param jurisdiction the jurisdiction's rules, or {@code null} if none was configured
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RuleContext(
        Student student,
        LocalDate asOf,
        List<Observation> observations,
        Features features,
        Jurisdiction jurisdiction) {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param student the student; never {@code null}
     * @param asOf the as-of date; never {@code null}
     * @param observations the student's observations dated before {@code asOf}; never {@code null}
     * @param features the features as of {@code asOf}; never {@code null}
     * @param jurisdiction the jurisdiction's rules, or {@code null} if none was configured
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public RuleContext {
        Checks.present(student, "RuleContext.student");
        Checks.present(asOf, "RuleContext.asOf");
        observations = Checks.listOf(observations, "RuleContext.observations");
        Checks.present(features, "RuleContext.features");
        for (Observation observation : observations) {
            Checks.require(
                    observation.date().isBefore(asOf),
                    "RuleContext.observations",
                    "RuleContext.observations has an observation dated "
                            + observation.date()
                            + ", not before the as-of date "
                            + asOf);
        }
    }
}
