package ee.lim.examples.report;

import ee.lim.spi.risk.RiskBand;
import java.util.List;
import java.util.Objects;

/**
 * One student's result: risk, reasons and needs, under the pseudonymous key only.
 *
 * @param key the pseudonymous student key; never {@code null}
 * @param school the school id, or {@code ""} when unknown; never {@code null}
 * @param municipality the residence municipality used for matching and coverage, or {@code ""};
 *     never {@code null}
 * @param band the risk band; never {@code null}
 * @param probability the model's out-of-fold probability, or {@code null} without a model
 * @param reasons the top reasons, strongest first; never {@code null}
 * @param needs the need category ids derived for the student; never {@code null}
 */
public record StudentRow(
        String key,
        String school,
        String municipality,
        RiskBand band,
        Double probability,
        List<ReasonRow> reasons,
        List<String> needs) {
    /**
     * Creates the record, copying the lists.
     *
     * @param key the pseudonymous key
     * @param school the school id
     * @param municipality the municipality
     * @param band the risk band
     * @param probability the probability or {@code null}
     * @param reasons the top reasons
     * @param needs the need category ids
     * @throws NullPointerException if a reference argument other than {@code probability} is {@code
     *     null}
     */
    public StudentRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(band, "band");
        reasons = List.copyOf(reasons);
        needs = List.copyOf(needs);
    }
}
