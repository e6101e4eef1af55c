package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A question for the {@link ConsentEvaluator}: may these categories of this student's data go to
 * this recipient for this purpose on this day?
 *
 * @param student the student; never {@code null}
 * @param purpose the purpose id; never blank
 * @param recipientSector the recipient's sector; never {@code null}
 * @param recipientOrganisation the recipient's organisation id; never blank
 * @param categories the categories to share; never empty
 * @param day the day of the share; never {@code null}
 * @param studentAge the student's age in whole years on {@code day}, or empty when unknown, in
 *     which case the guardians decide; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ConsentQuery(
        StudentKey student,
        String purpose,
        Sector recipientSector,
        String recipientOrganisation,
        Set<DataCategory> categories,
        LocalDate day,
        OptionalInt studentAge) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param student the student; never {@code null}
     * @param purpose the purpose id; never blank
     * @param recipientSector the recipient's sector; never {@code null}
     * @param recipientOrganisation the recipient's organisation id; never blank
     * @param categories the categories to share; never empty
     * @param day the day of the share; never {@code null}
     * @param studentAge the student's age in whole years on {@code day}, or empty when unknown;
     *     never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public ConsentQuery {
        Checks.present(student, "ConsentQuery.student");
        Checks.notBlank(purpose, "ConsentQuery.purpose");
        Checks.present(recipientSector, "ConsentQuery.recipientSector");
        Checks.notBlank(recipientOrganisation, "ConsentQuery.recipientOrganisation");
        categories = Checks.setOf(categories, "ConsentQuery.categories");
        Checks.require(
                !categories.isEmpty(),
                "ConsentQuery.categories",
                "ConsentQuery.categories is empty");
        Checks.present(day, "ConsentQuery.day");
        Checks.present(studentAge, "ConsentQuery.studentAge");
    }
}
