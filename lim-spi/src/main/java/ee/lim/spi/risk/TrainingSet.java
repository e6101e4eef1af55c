package ee.lim.spi.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Rows of features with known outcomes, to train a model on.
 *
 * <p>The arrays are copied on construction and on access, so the record is immutable.
 *
 * @param featureNames the column names; never {@code null}
 * @param categories the factor category of each column; never {@code null}
 * @param rows one array per student, each as long as {@code featureNames}, missing values as {@code
 *     NaN}; never {@code null}
 * @param labels {@code true} where the adverse outcome happened, one per row; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
// The arrays are copied in and out, so the record stays immutable; equals compares identity.
@SuppressWarnings("ArrayRecordComponent")
public record TrainingSet(
        List<String> featureNames,
        List<FactorCategory> categories,
        double[][] rows,
        boolean[] labels) {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param featureNames the column names; never {@code null}
     * @param categories the factor category of each column; never {@code null}
     * @param rows one array per student, each as long as {@code featureNames}, missing values as
     *     {@code NaN}; never {@code null}
     * @param labels {@code true} where the adverse outcome happened, one per row; never {@code
     *     null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public TrainingSet {
        featureNames = Checks.listOf(featureNames, "TrainingSet.featureNames");
        categories = Checks.listOf(categories, "TrainingSet.categories");
        Checks.present(rows, "TrainingSet.rows");
        Checks.present(labels, "TrainingSet.labels");
        Checks.require(
                categories.size() == featureNames.size(),
                "TrainingSet.categories",
                "TrainingSet.categories has "
                        + categories.size()
                        + " entries for "
                        + featureNames.size()
                        + " features");
        Checks.require(
                labels.length == rows.length,
                "TrainingSet.labels",
                "TrainingSet.labels has "
                        + labels.length
                        + " entries for "
                        + rows.length
                        + " rows");
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            Checks.present(rows[i], "TrainingSet.rows");
            if (rows[i].length != featureNames.size()) {
                throw new InvalidInputException(
                        "TrainingSet.rows",
                        "TrainingSet.rows row "
                                + i
                                + " has "
                                + rows[i].length
                                + " values for "
                                + featureNames.size()
                                + " features");
            }
            copy[i] = rows[i].clone();
        }
        rows = copy;
        labels = labels.clone();
    }

    /**
     * Returns a copy of the rows.
     *
     * @return a new array of copied rows
     */
    @Override
    public double[][] rows() {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    /**
     * Returns a copy of the labels.
     *
     * @return a new array
     */
    @Override
    public boolean[] labels() {
        return labels.clone();
    }

    /**
     * Returns the number of rows.
     *
     * @return the row count
     */
    public int size() {
        return labels.length;
    }
}
