package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.RiskModelProvider;
import ee.lim.spi.risk.RiskModel;
import ee.lim.spi.risk.TrainingSet;
import java.util.List;
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
     * The out-of-fold probabilities and the ROC AUC per fold and pooled.
     *
     * @param folds the number of folds
     * @param seed the fold seed
     * @param probabilities each row's out-of-fold probability, in row order
     * @param foldAucs the ROC AUC of each fold's test rows
     * @param meanAuc the mean of {@code foldAucs}
     * @param pooledAuc the ROC AUC of all out-of-fold probabilities together
     */
    public record Result(
            int folds,
            long seed,
            double[] probabilities,
            double[] foldAucs,
            double meanAuc,
            double pooledAuc) {}

    /**
     * Runs the cross-validation. Every fold must hold both outcomes.
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
        Checks.present(provider, "provider");
        Checks.present(data, "data");
        double[][] rows = data.rows();
        boolean[] labels = data.labels();
        List<Split> splits = Splits.stratifiedKFold(labels, folds, seed);
        double[] probabilities = new double[rows.length];
        double[] foldAucs = new double[folds];
        double sum = 0;
        for (int f = 0; f < folds; f++) {
            Split split = splits.get(f);
            int[] train = split.train();
            int[] test = split.test();
            double[][] trainRows = new double[train.length][];
            boolean[] trainLabels = new boolean[train.length];
            for (int i = 0; i < train.length; i++) {
                trainRows[i] = rows[train[i]];
                trainLabels[i] = labels[train[i]];
            }
            RiskModel model =
                    provider.train(
                            new TrainingSet(
                                    data.featureNames(), data.categories(), trainRows, trainLabels),
                            options);
            double[] testScores = new double[test.length];
            boolean[] testLabels = new boolean[test.length];
            for (int i = 0; i < test.length; i++) {
                testScores[i] = model.probability(rows[test[i]]);
                testLabels[i] = labels[test[i]];
                probabilities[test[i]] = testScores[i];
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
