package ee.lim.benchmarks.model;

import ee.lim.core.model.LogisticRegression;
import ee.lim.core.model.LogisticRegressionProvider;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.TrainingSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch scoring and training of the logistic model on synthetic data with 40 features, a share of
 * the values missing ({@code missingShare}: 0 or 0.05, the latter leaving 87% of rows with at least
 * one gap). Targets: scoring at least 10 million students per second on one core, training on
 * 100,000 x 40 in under 2 seconds.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class LogisticModelBenchmark {
    private static final int FEATURES = 40;
    private static final int SCORED = 10_000;
    private static final int TRAINING_ROWS = 100_000;

    /** The share of input values that are missing. */
    @Param({"0", "0.05"})
    public double missingShare;

    private LogisticRegression model;
    private double[][] rows;
    private double[] out;
    private TrainingSet trainingSet;

    /** Builds the data and a fitted model. */
    @Setup(Level.Trial)
    public void setUp() {
        trainingSet = synthetic(TRAINING_ROWS, 1, missingShare);
        model = new LogisticRegressionProvider().train(synthetic(20_000, 2, 0.05), Map.of());
        rows = synthetic(SCORED, 3, missingShare).rows();
        out = new double[SCORED];
    }

    /**
     * Builds a synthetic training set: 10 of the 40 features carry signal, the rest are noise.
     *
     * @param n the number of rows
     * @param seed the random seed
     * @param missing the share of values set to {@code NaN}
     * @return the training set
     */
    static TrainingSet synthetic(int n, long seed, double missing) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] truth = new double[FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            truth[j] = j < 10 ? random.nextGaussian() : 0;
        }
        double[][] x = new double[n][FEATURES];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            double eta = -1.5;
            for (int j = 0; j < FEATURES; j++) {
                double value = random.nextGaussian() * (1 + j % 5) + j;
                eta += truth[j] * (value - j) / (1 + j % 5);
                x[i][j] = random.nextDouble() < missing ? Double.NaN : value;
            }
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta));
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < FEATURES; j++) {
            names.add("f" + j);
        }
        return new TrainingSet(names, Collections.nCopies(FEATURES, FactorCategory.GRADES), x, y);
    }

    /**
     * Scores 10,000 rows (3.2 MB, cache-resident) per call; the reported time is per row.
     *
     * @return the output array, so the work is not eliminated
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(SCORED)
    public double[] scoreBatch() {
        model.probabilities(rows, out);
        return out;
    }

    /**
     * Trains on 100,000 x 40 with the default options (Platt calibration on 5 folds).
     *
     * @return the model
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public LogisticRegression train() {
        return new LogisticRegressionProvider().train(trainingSet, Map.of());
    }

    /**
     * Trains on 100,000 x 40 without calibration: the single Newton fit.
     *
     * @return the model
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public LogisticRegression trainUncalibrated() {
        return new LogisticRegressionProvider().train(trainingSet, Map.of("calibration", "none"));
    }
}
