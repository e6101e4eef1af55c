package ee.lim.spi.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The risk of one student as of a date, with the reasons behind it. It supports a decision and
 * never is one: a person decides what follows.
 *
 * @param student the student; never {@code null}
 * @param asOf the date the assessment looks from; only observations before it were used; never
 *     {@code null}
 * @param band the overall band; never {@code null}
 * @param probability the calibrated model probability of the outcome in {@code [0, 1]}, or {@code
 *     null} when no model was used
 * @param indicators the evaluated indicator rules; never {@code null}
 * @param contributions the model contributions, largest absolute first; never {@code null}
 * @param producedBy the ids and versions of the rule pack and model that produced it, such as
 *     {@code "ewims@1"}; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RiskAssessment(
        StudentKey student,
        LocalDate asOf,
        RiskBand band,
        Double probability,
        List<Indicator> indicators,
        List<Contribution> contributions,
        List<String> producedBy) {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param student the student; never {@code null}
     * @param asOf the date the assessment looks from; only observations before it were used; never
     *     {@code null}
     * @param band the overall band; never {@code null}
     * @param probability the calibrated model probability of the outcome in {@code [0, 1]}, or
     *     {@code null} when no model was used
     * @param indicators the evaluated indicator rules; never {@code null}
     * @param contributions the model contributions, largest absolute first; never {@code null}
     * @param producedBy the ids and versions of the rule pack and model that produced it, such as
     *     {@code "ewims@1"}; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public RiskAssessment {
        Checks.present(student, "RiskAssessment.student");
        Checks.present(asOf, "RiskAssessment.asOf");
        Checks.present(band, "RiskAssessment.band");
        if (probability != null) {
            Checks.inRange(probability, 0.0, 1.0, "RiskAssessment.probability");
        }
        indicators = Checks.listOf(indicators, "RiskAssessment.indicators");
        contributions = Checks.listOf(contributions, "RiskAssessment.contributions");
        producedBy = Checks.listOf(producedBy, "RiskAssessment.producedBy");
    }
}
