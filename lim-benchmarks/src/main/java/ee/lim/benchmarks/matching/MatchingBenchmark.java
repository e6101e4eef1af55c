package ee.lim.benchmarks.matching;

import ee.lim.core.matching.Matcher;
import ee.lim.core.matching.MatchingProblem;
import ee.lim.core.matching.MatchingResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Times one full matching run (eligibility, scoring, the optimisation and the explanations) on a
 * county-sized and a nation-sized synthetic problem from {@link MatchingInstances}.
 *
 * <p>Run: {@code java -Xmx4g -jar lim-benchmarks/target/benchmarks.jar MatchingBenchmark -f 1 -wi 1
 * -i 3 -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class MatchingBenchmark {
    /** The problem size: {@code county} (10,000 × 300) or {@code nation} (150,000 × 3,000). */
    @Param({"county", "nation"})
    public String scale;

    private MatchingProblem problem;

    /** Generates the problem once per trial. */
    @Setup(Level.Trial)
    public void generate() {
        if (scale.equals("county")) {
            problem = MatchingInstances.generate(1L, 10_000, 300, 5);
        } else {
            problem = MatchingInstances.generate(1L, 150_000, 3_000, 79);
        }
    }

    /**
     * Matches the problem.
     *
     * @return the result, so that the JIT keeps the work
     */
    @Benchmark
    public MatchingResult match() {
        return new Matcher().match(problem);
    }

    /**
     * Runs each size twice without JMH and prints wall and CPU time, proposals and heap in use, for
     * a quick look on a shared machine, where CPU time is steadier than wall time.
     *
     * @param args the sizes to run, {@code county} and {@code nation} by default
     */
    public static void main(String[] args) {
        java.lang.management.ThreadMXBean threads =
                java.lang.management.ManagementFactory.getThreadMXBean();
        String[] sizes = args.length > 0 ? args : new String[] {"county", "nation"};
        for (String size : sizes) {
            MatchingBenchmark benchmark = new MatchingBenchmark();
            benchmark.scale = size;
            benchmark.generate();
            for (int run = 0; run < 2; run++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                MatchingResult result = benchmark.match();
                long millis = (System.nanoTime() - start) / 1_000_000;
                long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
                Runtime runtime = Runtime.getRuntime();
                long usedMb = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
                System.out.printf(
                        "%s: %d ms wall, %d ms CPU, %d proposals, %d left out, heap in use %d MB%n",
                        size,
                        millis,
                        cpuMillis,
                        result.proposals().size(),
                        result.leftOut().size(),
                        usedMb);
            }
        }
    }
}
