package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import ee.lim.spi.Checks;
import ee.lim.spi.RiskModelProvider;
import ee.lim.spi.risk.RiskModel;
import ee.lim.spi.risk.TrainingSet;
import java.util.Arrays;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Stratified k-fold cross-validation of a {@link RiskModelProvider}: each fold's rows are scored by
 * a model trained on the other folds.
 *
 * <p>Stateless and thread-safe if the provider is.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CrossValidation {
    private CrossValidation() {}

    /**
     * The out-of-fold probabilities and the ROC AUC per fold and pooled. The arrays are copied on
     * construction and on access, so the record is immutable.
     *
     * @param folds the number of folds
     * @param seed the fold seed
     * @param probabilities each row's out-of-fold probability, in row order; never {@code null}
     * @param foldAucs the ROC AUC of each fold's test rows; never {@code null}
     * @param meanAuc the mean of {@code foldAucs}
     * @param pooledAuc the ROC AUC of all out-of-fold probabilities together
     */
    // Primitive arrays spare boxing every row's probability; they are copied in and out, and
    // equals, hashCode and toString below use their contents.
    @SuppressWarnings("ArrayRecordComponent")
    public record Result(
            @JsonProperty("folds") int folds,
            @JsonProperty("seed") long seed,
            @JsonProperty("probabilities") double[] probabilities,
            @JsonProperty("fold_aucs") double[] foldAucs,
            @JsonProperty("mean_auc") double meanAuc,
            @JsonProperty("pooled_auc") double pooledAuc) {
        /**
         * Creates the record, copying the arrays.
         *
         * @param folds the number of folds
         * @param seed the fold seed
         * @param probabilities each row's out-of-fold probability; never {@code null}
         * @param foldAucs the ROC AUC of each fold's test rows; never {@code null}
         * @param meanAuc the mean of {@code foldAucs}
         * @param pooledAuc the ROC AUC of all out-of-fold probabilities together
         * @throws ee.lim.spi.InvalidInputException if an array is {@code null}
         */
        public Result {
            probabilities = Checks.present(probabilities, "Result.probabilities").clone();
            foldAucs = Checks.present(foldAucs, "Result.foldAucs").clone();
        }

        /**
         * Returns a copy of the out-of-fold probabilities.
         *
         * @return a new array, in row order
         */
        @Override
        public double[] probabilities() {
            return probabilities.clone();
        }

        /**
         * Returns a copy of the per-fold AUCs.
         *
         * @return a new array, in fold order
         */
        @Override
        public double[] foldAucs() {
            return foldAucs.clone();
        }

        /**
         * Tells whether another result contains the same numbers.
         *
         * @param other the object to compare with; may be {@code null}
         * @return {@code true} if every component is equal, arrays by content
         */
        @Override
        public boolean equals(Object other) {
            return other instanceof Result that
                    && folds == that.folds
                    && seed == that.seed
                    && Arrays.equals(probabilities, that.probabilities)
                    && Arrays.equals(foldAucs, that.foldAucs)
                    && Double.compare(meanAuc, that.meanAuc) == 0
                    && Double.compare(pooledAuc, that.pooledAuc) == 0;
        }

        /**
         * Returns a hash code of the numbers.
         *
         * @return the hash code, consistent with {@link #equals(Object)}
         */
        @Override
        public int hashCode() {
            int h = Integer.hashCode(folds);
            h = 31 * h + Long.hashCode(seed);
            h = 31 * h + Arrays.hashCode(probabilities);
            h = 31 * h + Arrays.hashCode(foldAucs);
            h = 31 * h + Double.hashCode(meanAuc);
            return 31 * h + Double.hashCode(pooledAuc);
        }

        /**
         * Returns the result as text, for debugging; the probabilities appear as their count.
         *
         * @return the text; never {@code null}
         */
        @Override
        public String toString() {
            return "Result[folds="
                    + folds
                    + ", seed="
                    + seed
                    + ", probabilities="
                    + probabilities.length
                    + " values, foldAucs="
                    + Arrays.toString(foldAucs)
                    + ", meanAuc="
                    + meanAuc
                    + ", pooledAuc="
                    + pooledAuc
                    + "]";
        }
    }

    /**
     * Runs the cross-validation on stratified folds ({@link Splits#stratifiedFolds(boolean[], int,
     * long)}). Every fold must hold both outcomes.
     *
     * @param provider the model provider; never {@code null}
     * @param data the rows and labels; never {@code null}
     * @param options the provider's training options; never {@code null}
     * @param folds the number of folds, 2 to the number of rows
     * @param seed the seed of the stratified folds
     * @return the result
     * @throws ee.lim.spi.InvalidInputException if the data cannot be split or trained on
     */
    public static Result run(
            RiskModelProvider provider,
            TrainingSet data,
            Map<String, String> options,
            int folds,
            long seed) {
        Checks.present(data, "data");
        int[] fold = Splits.stratifiedFolds(data.labels(), folds, seed);
        return run(provider, data, options, fold, seed);
    }

    /**
     * Runs the cross-validation on given folds, such as those of another tool, to compare on the
     * very same rows. Every fold must hold both outcomes.
     *
     * @param provider the model provider; never {@code null}
     * @param data the rows and labels; never {@code null}
     * @param options the provider's training options; never {@code null}
     * @param fold the fold of each row, {@code 0} to {@code k - 1}, every fold used; never {@code
     *     null}
     * @param seed the seed to report with the result, such as the one that made {@code fold}
     * @return the result
     * @throws ee.lim.spi.InvalidInputException if the folds are invalid or a fold cannot be trained
     *     on or scored
     */
    public static Result run(
            RiskModelProvider provider,
            TrainingSet data,
            Map<String, String> options,
            int[] fold,
            long seed) {
        Checks.present(provider, "provider");
        Checks.present(data, "data");
        Checks.present(fold, "fold");
        double[][] rows = data.rows();
        boolean[] labels = data.labels();
        Checks.require(
                fold.length == rows.length,
                "fold",
                "fold has " + fold.length + " entries for " + rows.length + " rows");
        int folds = 0;
        for (int f : fold) {
            Checks.inRange(f, 0, rows.length - 1, "fold");
            folds = Math.max(folds, f + 1);
        }
        Checks.inRange(folds, 2, Math.max(2, rows.length), "folds");
        double[] probabilities = new double[rows.length];
        double[] foldAucs = new double[folds];
        double sum = 0;
        for (int f = 0; f < folds; f++) {
            int testCount = 0;
            for (int value : fold) {
                testCount += value == f ? 1 : 0;
            }
            Checks.require(testCount > 0, "fold", "fold " + f + " has no rows");
            double[][] trainRows = new double[rows.length - testCount][];
            boolean[] trainLabels = new boolean[rows.length - testCount];
            double[] testScores = new double[testCount];
            boolean[] testLabels = new boolean[testCount];
            int[] testRows = new int[testCount];
            int train = 0;
            int test = 0;
            for (int i = 0; i < rows.length; i++) {
                if (fold[i] == f) {
                    testRows[test] = i;
                    testLabels[test++] = labels[i];
                } else {
                    trainRows[train] = rows[i];
                    trainLabels[train++] = labels[i];
                }
            }
            RiskModel model =
                    provider.train(
                            new TrainingSet(
                                    data.featureNames(), data.categories(), trainRows, trainLabels),
                            options);
            for (int i = 0; i < testCount; i++) {
                testScores[i] = model.probability(rows[testRows[i]]);
                probabilities[testRows[i]] = testScores[i];
            }
            foldAucs[f] = Metrics.rocAuc(testScores, testLabels);
            sum += foldAucs[f];
        }
        return new Result(
                folds,
                seed,
                probabilities,
                foldAucs,
                sum / folds,
                Metrics.rocAuc(probabilities, labels));
    }
}
