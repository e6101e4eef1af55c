package ee.lim.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.risk.Contribution;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.RiskModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A fitted L2-regularised logistic regression on standardised inputs, with a calibration map.
 *
 * <p>The raw log-odds of a row {@code x} are {@code s = b + sum_j w_j * z_j} with {@code z_j = (x_j
 * - mean_j) / sd_j}; a missing value ({@code NaN}) counts as the training mean, so {@code z_j = 0}.
 * The probability is {@code sigmoid(calibration.apply(s))}. Train one with {@link
 * LogisticRegressionProvider}; read a saved one with {@link #fromJson(String)}.
 *
 * <p>Immutable and thread-safe. Scoring is deterministic: the same inputs give the same bits, also
 * after a JSON round trip, because every stored double is written and read exactly and all derived
 * values are recomputed in the same order.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LogisticRegression implements RiskModel {
    /** The provider id written into every model. */
    public static final String PROVIDER_ID = "logistic";

    private final List<String> featureNames;
    private final List<FactorCategory> categories;
    private final double[] means;
    private final double[] sds;
    private final double[] weights;
    private final double intercept;
    private final Calibration calibration;
    private final TrainingSummary training;

    // Derived for fast scoring: the weights on the raw inputs and the matching offset.
    private final double[] rawWeights;
    private final double rawOffset;

    /**
     * Creates a model from its parameters. Most callers train one with {@link
     * LogisticRegressionProvider} instead.
     *
     * @param featureNames the input names; never {@code null}, no blank element
     * @param categories the category of each input; never {@code null}, same size
     * @param means the training mean of each input, finite
     * @param sds the scale of each input, finite and positive
     * @param weights the weight of each standardised input, finite
     * @param intercept the raw log-odds of a row at the training means, finite
     * @param calibration the calibration map; never {@code null}
     * @param training how the model was trained; never {@code null}
     * @throws InvalidInputException if an argument breaks the rule given for it
     */
    public LogisticRegression(
            List<String> featureNames,
            List<FactorCategory> categories,
            double[] means,
            double[] sds,
            double[] weights,
            double intercept,
            Calibration calibration,
            TrainingSummary training) {
        this.featureNames = Checks.listOf(featureNames, "LogisticRegression.featureNames");
        this.categories = Checks.listOf(categories, "LogisticRegression.categories");
        int p = this.featureNames.size();
        for (String name : this.featureNames) {
            Checks.notBlank(name, "LogisticRegression.featureNames");
        }
        this.means = vector(means, p, "LogisticRegression.means");
        this.sds = vector(sds, p, "LogisticRegression.sds");
        this.weights = vector(weights, p, "LogisticRegression.weights");
        Checks.require(
                this.categories.size() == p,
                "LogisticRegression.categories",
                "LogisticRegression.categories has "
                        + this.categories.size()
                        + " entries for "
                        + p
                        + " features");
        for (int j = 0; j < p; j++) {
            Checks.require(
                    sds[j] > 0,
                    "LogisticRegression.sds",
                    "LogisticRegression.sds must be positive, got " + sds[j] + " at " + j);
        }
        this.intercept = Checks.finite(intercept, "LogisticRegression.intercept");
        this.calibration = Checks.present(calibration, "LogisticRegression.calibration");
        this.training = Checks.present(training, "LogisticRegression.training");

        this.rawWeights = new double[p];
        double offset = intercept;
        for (int j = 0; j < p; j++) {
            rawWeights[j] = weights[j] / sds[j];
            offset -= rawWeights[j] * means[j];
        }
        this.rawOffset = offset;
    }

    private static double[] vector(double[] values, int size, String field) {
        Checks.present(values, field);
        Checks.require(
                values.length == size,
                field,
                field + " has " + values.length + " entries for " + size + " features");
        for (double value : values) {
            Checks.finite(value, field);
        }
        return values.clone();
    }

    /**
     * Reads a model written by {@link #toJson()}.
     *
     * @param json the JSON text; never {@code null}
     * @return the model
     * @throws InvalidInputException if the text is not such a model
     */
    public static LogisticRegression fromJson(String json) {
        return ModelJson.read(json);
    }

    @Override
    public String providerId() {
        return PROVIDER_ID;
    }

    @Override
    public List<String> featureNames() {
        return featureNames;
    }

    @Override
    public List<FactorCategory> featureCategories() {
        return categories;
    }

    /**
     * Returns the training mean of each input, which replaces a missing value.
     *
     * @return a copy, in feature order
     */
    public double[] means() {
        return means.clone();
    }

    /**
     * Returns the scale of each input: its training standard deviation, or 1 for a constant input
     * and for a 0/1 indicator that is only centred.
     *
     * @return a copy, in feature order
     */
    public double[] sds() {
        return sds.clone();
    }

    /**
     * Returns the weight of each standardised input in raw log-odds.
     *
     * @return a copy, in feature order
     */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * Returns the raw log-odds of a row at the training means.
     *
     * @return the intercept
     */
    public double intercept() {
        return intercept;
    }

    /**
     * Returns the calibration map.
     *
     * @return the calibration; never {@code null}
     */
    public Calibration calibration() {
        return calibration;
    }

    /**
     * Returns how the model was trained.
     *
     * @return the summary; never {@code null}
     */
    public TrainingSummary training() {
        return training;
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidInputException also if a value is infinite
     */
    @Override
    public double probability(double[] features) {
        checkLength(features);
        return NewtonSolver.sigmoid(calibration.apply(rawLogOdds(features)));
    }

    /**
     * Computes the calibrated log-odds of the outcome.
     *
     * @param features one value per feature, missing as {@code NaN}; never {@code null}
     * @return the calibrated log-odds
     * @throws InvalidInputException if the array has the wrong length or an infinite value
     */
    public double logOdds(double[] features) {
        checkLength(features);
        return calibration.apply(rawLogOdds(features));
    }

    /**
     * Returns the calibrated log-odds of a student at the training means, from which {@link
     * #explain(double[])} measures each contribution.
     *
     * @return {@code calibration.apply(intercept)}
     */
    public double baselineLogOdds() {
        return calibration.apply(intercept);
    }

    /**
     * Scores many rows without allocating: {@code out[i] = probability(rows[i])}, bit for bit. Runs
     * in O(rows x features).
     *
     * @param rows the rows, each as long as {@link #featureNames()}; never {@code null}
     * @param out receives the probabilities; at least as long as {@code rows}
     * @throws InvalidInputException if a row has the wrong length or an infinite value, or {@code
     *     out} is too short
     */
    public void probabilities(double[][] rows, double[] out) {
        Checks.present(rows, "rows");
        Checks.present(out, "out");
        Checks.require(
                out.length >= rows.length,
                "out",
                "out has " + out.length + " entries for " + rows.length + " rows");
        for (int i = 0; i < rows.length; i++) {
            double[] row = Checks.present(rows[i], "rows");
            checkLength(row);
            out[i] = NewtonSolver.sigmoid(calibration.apply(rawLogOdds(row)));
        }
    }

    private double rawLogOdds(double[] row) {
        double[] w = rawWeights;
        double[] m = means;
        int p = w.length;
        // Four independent sums shorten the floating-point dependency chain; the order is fixed,
        // so the result is the same on every call. A NaN is replaced by the training mean.
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < p; j += 4) {
            double x0 = row[j];
            double x1 = row[j + 1];
            double x2 = row[j + 2];
            double x3 = row[j + 3];
            s0 += w[j] * (Double.isNaN(x0) ? m[j] : x0);
            s1 += w[j + 1] * (Double.isNaN(x1) ? m[j + 1] : x1);
            s2 += w[j + 2] * (Double.isNaN(x2) ? m[j + 2] : x2);
            s3 += w[j + 3] * (Double.isNaN(x3) ? m[j + 3] : x3);
        }
        for (; j < p; j++) {
            double x = row[j];
            s0 += w[j] * (Double.isNaN(x) ? m[j] : x);
        }
        double s = rawOffset + ((s0 + s1) + (s2 + s3));
        if (!Double.isFinite(s)) {
            throw new InvalidInputException(
                    "features", "features contains an infinite value; use NaN for a missing one");
        }
        return s;
    }

    /**
     * Explains a score: feature {@code j} contributes {@code slope * w_j * (x_j - mean_j) / sd_j}
     * calibrated log-odds, where {@code slope} is the calibration slope. The contributions add up
     * to {@link #logOdds(double[])} minus {@link #baselineLogOdds()} (up to rounding). A missing
     * feature contributes nothing and is left out.
     *
     * @param features one value per feature, missing as {@code NaN}; never {@code null}
     * @return the contributions, largest absolute first, ties in feature order
     * @throws InvalidInputException if the array has the wrong length or a value is infinite
     */
    @Override
    public List<Contribution> explain(double[] features) {
        checkLength(features);
        List<Contribution> contributions = new ArrayList<>();
        for (int j = 0; j < weights.length; j++) {
            double x = features[j];
            if (Double.isNaN(x)) {
                continue;
            }
            double z = (x - means[j]) / sds[j];
            double logOdds = calibration.slope() * weights[j] * z;
            contributions.add(new Contribution(featureNames.get(j), categories.get(j), x, logOdds));
        }
        contributions.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.logOdds())));
        return List.copyOf(contributions);
    }

    @Override
    public String toJson() {
        return ModelJson.write(this);
    }

    private void checkLength(double[] features) {
        Checks.present(features, "features");
        if (features.length != weights.length) {
            throw new InvalidInputException(
                    "features",
                    "features has "
                            + features.length
                            + " values but the model has "
                            + weights.length
                            + " features "
                            + "; pass them in the order of featureNames()");
        }
    }

    @Override
    public String toString() {
        return "LogisticRegression[features="
                + weights.length
                + ", calibration="
                + calibration.method()
                + "]";
    }
}
