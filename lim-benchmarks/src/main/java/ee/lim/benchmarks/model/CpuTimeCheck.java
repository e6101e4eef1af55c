package ee.lim.benchmarks.model;

import ee.lim.core.model.LogisticRegression;
import ee.lim.core.model.LogisticRegressionProvider;
import ee.lim.spi.risk.TrainingSet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the thread CPU time of scoring and training on the data of {@link
 * LogisticModelBenchmark}. On a shared machine, CPU time shows what one core does, while the
 * wall-clock time of JMH also counts the time other processes held the core.
 *
 * <p>Run: {@code java -cp lim-benchmarks/target/benchmarks.jar
 * ee.lim.benchmarks.model.CpuTimeCheck}. It repeats each measurement five times and prints each, so
 * the first rounds show the JIT warming up.
 */
public final class CpuTimeCheck {
    private static final int ROWS = 10_000;
    private static final int PASSES = 100;

    private CpuTimeCheck() {}

    /**
     * Runs the measurements.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        TrainingSet training = LogisticModelBenchmark.synthetic(100_000, 1, 0.05);
        LogisticRegression model =
                new LogisticRegressionProvider()
                        .train(LogisticModelBenchmark.synthetic(20_000, 2, 0.05), Map.of());
        double[][] complete = LogisticModelBenchmark.synthetic(ROWS, 3, 0).rows();
        double[][] gaps = LogisticModelBenchmark.synthetic(ROWS, 3, 0.05).rows();
        double[] out = new double[ROWS];
        for (int round = 1; round <= 5; round++) {
            long start = threads.getCurrentThreadCpuTime();
            new LogisticRegressionProvider().train(training, Map.of());
            long trained = threads.getCurrentThreadCpuTime();
            new LogisticRegressionProvider().train(training, Map.of("calibration", "none"));
            long uncalibrated = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < PASSES; pass++) {
                model.probabilities(complete, out);
            }
            long scoredComplete = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < PASSES; pass++) {
                model.probabilities(gaps, out);
            }
            long scoredGaps = threads.getCurrentThreadCpuTime();
            System.out.printf(
                    Locale.ROOT,
                    "round %d: train %.2f s, uncalibrated %.2f s, score %.1f ns/row complete,"
                            + " %.1f ns/row with 5%% gaps%n",
                    round,
                    (trained - start) / 1e9,
                    (uncalibrated - trained) / 1e9,
                    (scoredComplete - uncalibrated) / (double) (PASSES * ROWS),
                    (scoredGaps - scoredComplete) / (double) (PASSES * ROWS));
        }
    }
}
