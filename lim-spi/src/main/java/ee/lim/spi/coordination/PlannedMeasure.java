package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.SupportTier;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * One measure of a {@link SupportPlan}: a service or an arrangement at a support tier, with the
 * specialist who answers for it.
 *
 * @param type the measure type from the jurisdiction's list, or a service id, such as {@code
 *     "speech-therapy"}; never blank
 * @param tier the support tier; never {@code null}
 * @param ownerId the id of the specialist responsible; never blank
 * @param start the first day; never {@code null}
 * @param end the last day, or {@code null} while open-ended; not before {@code start}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PlannedMeasure(
        String type, SupportTier tier, String ownerId, LocalDate start, LocalDate end) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param type the measure type from the jurisdiction's list, or a service id, such as {@code
     *     "speech-therapy"}; never blank
     * @param tier the support tier; never {@code null}
     * @param ownerId the id of the specialist responsible; never blank
     * @param start the first day; never {@code null}
     * @param end the last day, or {@code null} while open-ended; not before {@code start}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public PlannedMeasure {
        Checks.notBlank(type, "PlannedMeasure.type");
        Checks.present(tier, "PlannedMeasure.tier");
        Checks.notBlank(ownerId, "PlannedMeasure.ownerId");
        Checks.present(start, "PlannedMeasure.start");
        Checks.require(
                end == null || !end.isBefore(start),
                "PlannedMeasure.end",
                "PlannedMeasure.end must not be before start, got " + start + " to " + end);
    }
}
