package ee.lim.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.core.evaluation.Splits;
import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.RiskModelProvider;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.risk.RiskModel;
import ee.lim.spi.risk.TrainingSet;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Trains {@link LogisticRegression} models: L2-regularised logistic regression on standardised
 * inputs, fitted by Newton's method, then calibrated by Platt scaling on out-of-fold scores.
 *
 * <p>Options (all optional, as strings):
 *
 * <ul>
 *   <li>{@code l2}: the penalty {@code lambda} on the sum of squared standardised weights, added to
 *       the summed log-loss; positive, default {@code 1} (the same objective as scikit-learn's
 *       {@code LogisticRegression(C=1)} on standardised inputs);
 *   <li>{@code calibration}: {@code platt} (default) or {@code none};
 *   <li>{@code calibration_folds}: the folds of the out-of-fold scores that Platt scaling is fitted
 *       on, 2 to 20, default {@code 5}; fewer when a class has fewer rows;
 *   <li>{@code seed}: the seed of those folds, a long, default {@code 1};
 *   <li>{@code max_iterations}: Newton steps per fit, 1 to 1000, default {@code 100};
 *   <li>{@code scale_indicators}: {@code true} to scale 0/1 columns to unit variance like the
 *       others; default {@code false}, which centres them only, so that the penalty shrinks a rare
 *       category more (as scikit-learn does with unscaled one-hot columns).
 * </ul>
 *
 * <p>Training runs in {@code O((folds + 1) * iterations * n * p^2)}; warm starts keep the fold fits
 * to a few iterations each. Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LogisticRegressionProvider implements RiskModelProvider {
    private static final Set<String> OPTIONS =
            Set.of(
                    "l2",
                    "calibration",
                    "calibration_folds",
                    "seed",
                    "max_iterations",
                    "scale_indicators");
    private static final double TOLERANCE = 1e-12;
    private static final double PLATT_PENALTY = 1e-6;

    /** Creates the provider. */
    public LogisticRegressionProvider() {}

    @Override
    public String id() {
        return LogisticRegression.PROVIDER_ID;
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "L2-regularised logistic regression with Platt calibration";
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidInputException also if a value is infinite, an option is unknown, or fewer
     *     than two rows are given
     */
    @Override
    public LogisticRegression train(TrainingSet data, Map<String, String> options) {
        Checks.present(data, "data");
        Map<String, String> settings = Checks.mapOf(options, "options");
        for (String key : settings.keySet()) {
            Checks.require(
                    OPTIONS.contains(key),
                    "options",
                    "option '" + key + "' is unknown; known options are " + OPTIONS);
        }
        double l2 = doubleOption(settings, "l2", 1);
        Checks.require(l2 > 0 && Double.isFinite(l2), "l2", "option l2 must be > 0, got " + l2);
        String method = settings.getOrDefault("calibration", Calibration.PLATT);
        Checks.require(
                method.equals(Calibration.PLATT) || method.equals(Calibration.NONE),
                "calibration",
                "option calibration must be 'platt' or 'none', got '" + method + "'");
        int folds = intOption(settings, "calibration_folds", 5, 2, 20);
        long seed = longOption(settings, "seed", 1);
        int maxIterations = intOption(settings, "max_iterations", 100, 1, 1000);
        String scale = settings.getOrDefault("scale_indicators", "false");
        Checks.require(
                scale.equals("true") || scale.equals("false"),
                "scale_indicators",
                "option scale_indicators must be 'true' or 'false', got '" + scale + "'");

        double[][] rows = data.rows();
        boolean[] labels = data.labels();
        int n = rows.length;
        Checks.require(
                n >= 2, "TrainingSet.rows", "TrainingSet.rows has " + n + " rows; at least 2");
        int positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        Checks.require(
                positives > 0 && positives < n,
                "TrainingSet.labels",
                "TrainingSet.labels has "
                        + positives
                        + " adverse outcomes in "
                        + n
                        + " rows; both outcomes must occur");

        Standardiser standardiser = Standardiser.fit(rows, scale.equals("true"));
        double[][] z = standardiser.apply(rows);
        double[] targets = new double[n];
        for (int i = 0; i < n; i++) {
            targets[i] = labels[i] ? 1 : 0;
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        NewtonSolver.Fit fit =
                new NewtonSolver(z, targets, all).fit(l2, null, maxIterations, TOLERANCE);

        int minority = Math.min(positives, n - positives);
        int calibrationFolds = Math.min(folds, minority);
        Calibration calibration = Calibration.none();
        if (method.equals(Calibration.PLATT) && calibrationFolds >= 2) {
            double[] outOfFold =
                    outOfFoldScores(
                            z, targets, labels, fit, l2, calibrationFolds, seed, maxIterations);
            calibration = platt(outOfFold, labels, positives, maxIterations);
        } else {
            calibrationFolds = 0;
        }
        return new LogisticRegression(
                data.featureNames(),
                data.categories(),
                standardiser.means(),
                standardiser.sds(),
                fit.weights(),
                fit.intercept(),
                calibration,
                new TrainingSummary(
                        n, positives, l2, fit.iterations(), fit.converged(), calibrationFolds));
    }

    private static double[] outOfFoldScores(
            double[][] z,
            double[] targets,
            boolean[] labels,
            NewtonSolver.Fit full,
            double l2,
            int folds,
            long seed,
            int maxIterations) {
        int n = z.length;
        int p = full.weights().length;
        int[] fold = Splits.stratifiedFolds(labels, folds, seed);
        double[] start = new double[p + 1];
        System.arraycopy(full.weights(), 0, start, 0, p);
        start[p] = full.intercept();
        double[] scores = new double[n];
        for (int f = 0; f < folds; f++) {
            int trainCount = 0;
            for (int value : fold) {
                trainCount += value == f ? 0 : 1;
            }
            int[] train = new int[trainCount];
            int at = 0;
            for (int i = 0; i < n; i++) {
                if (fold[i] != f) {
                    train[at++] = i;
                }
            }
            NewtonSolver.Fit fit =
                    new NewtonSolver(z, targets, train).fit(l2, start, maxIterations, TOLERANCE);
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    double s = fit.intercept();
                    for (int j = 0; j < p; j++) {
                        s += fit.weights()[j] * z[i][j];
                    }
                    scores[i] = s;
                }
            }
        }
        return scores;
    }

    /**
     * Fits Platt's sigmoid on out-of-fold scores with his smoothed targets {@code (N+ + 1) / (N+ +
     * 2)} and {@code 1 / (N- + 2)}, which keep the map from overfitting small samples (J. Platt,
     * Probabilistic outputs for support vector machines, 1999). A negative slope, which would
     * reverse the ranking, is replaced by a constant at the smoothed base rate.
     */
    private static Calibration platt(
            double[] scores, boolean[] labels, int positives, int maxIterations) {
        int n = scores.length;
        int negatives = n - positives;
        double high = (positives + 1.0) / (positives + 2.0);
        double low = 1.0 / (negatives + 2.0);
        double[][] x = new double[n][1];
        double[] targets = new double[n];
        int[] all = new int[n];
        double meanTarget = 0;
        for (int i = 0; i < n; i++) {
            x[i][0] = scores[i];
            targets[i] = labels[i] ? high : low;
            all[i] = i;
            meanTarget += targets[i];
        }
        NewtonSolver.Fit fit =
                new NewtonSolver(x, targets, all)
                        .fit(PLATT_PENALTY, null, maxIterations, TOLERANCE);
        if (fit.weights()[0] < 0) {
            meanTarget /= n;
            return new Calibration(Calibration.PLATT, 0, Math.log(meanTarget / (1 - meanTarget)));
        }
        return new Calibration(Calibration.PLATT, fit.weights()[0], fit.intercept());
    }

    @Override
    public RiskModel read(String json) {
        return LogisticRegression.fromJson(json);
    }

    private static double doubleOption(Map<String, String> options, String key, double fallback) {
        String value = options.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    key, "option " + key + " must be a number, got '" + value + "'", e);
        }
    }

    private static long longOption(Map<String, String> options, String key, long fallback) {
        String value = options.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    key, "option " + key + " must be an integer, got '" + value + "'", e);
        }
    }

    private static int intOption(
            Map<String, String> options, String key, int fallback, int min, int max) {
        long value = longOption(options, key, fallback);
        Checks.require(
                value >= min && value <= max,
                key,
                "option " + key + " must be in [" + min + ", " + max + "], got " + value);
        return (int) value;
    }
}
