package ee.lim.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.TrainingSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A training set built from a cohort, with the row of each student, the protected attributes kept
 * for the fairness audit, and the students left out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param trainingSet the rows and labels; never {@code null}
 * @param asOf the as-of date of the features; never {@code null}
 * @param students the student of each row, in row order; never {@code null}
 * @param protectedAttributes each row's protected attributes, in row order, for per-group
 *     evaluation; never {@code null}
 * @param skipped students without a row, with the reason; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Dataset(
        TrainingSet trainingSet,
        LocalDate asOf,
        List<StudentKey> students,
        List<Map<String, String>> protectedAttributes,
        List<SkippedStudent> skipped) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param trainingSet the rows and labels; never {@code null}
     * @param asOf the as-of date of the features; never {@code null}
     * @param students the student of each row, in row order; never {@code null}
     * @param protectedAttributes each row's protected attributes, in row order; never {@code null}
     * @param skipped students without a row, with the reason; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Dataset {
        Checks.present(trainingSet, "Dataset.trainingSet");
        Checks.present(asOf, "Dataset.asOf");
        students = Checks.listOf(students, "Dataset.students");
        protectedAttributes = Checks.listOf(protectedAttributes, "Dataset.protectedAttributes");
        skipped = Checks.listOf(skipped, "Dataset.skipped");
        Checks.require(
                students.size() == trainingSet.size()
                        && protectedAttributes.size() == trainingSet.size(),
                "Dataset.students",
                "Dataset.students and protectedAttributes must have one entry per row ("
                        + trainingSet.size()
                        + ")");
    }

    /**
     * Returns one protected attribute of every row, for per-group evaluation.
     *
     * @param name the attribute name, such as {@code "sex"}; never {@code null}
     * @return the value of each row, {@code null} where a row lacks it
     */
    public String[] groups(String name) {
        Checks.present(name, "name");
        String[] groups = new String[protectedAttributes.size()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = protectedAttributes.get(i).get(name);
        }
        return groups;
    }
}
