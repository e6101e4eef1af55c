package ee.lim.benchmarks.features;

import ee.lim.core.features.FeatureAggregator;
import ee.lim.core.features.FeatureConfig;
import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.CohortSink;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.Features;
import ee.lim.testkit.SyntheticCohort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Feature computation from raw lesson attendance: a {@link FeatureAggregator} receives a synthetic
 * cohort's students and observations (lesson-level attendance plus grades, incidents and the rest)
 * and computes every student's features as of one date.
 *
 * <p>{@code aggregate} replays observations generated beforehand, so it measures the aggregator
 * alone; the {@code events} counter is the rate of observations fed, in events per second on one
 * thread. {@code streamFromGenerator} streams straight from {@link SyntheticCohort}, so generation
 * is included and nothing but the aggregates is kept in memory.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class FeatureComputationBenchmark {
    /** Students in the cohort. */
    @Param({"2000"})
    public int students;

    /** Lessons a school day, each one attendance event. */
    @Param({"6"})
    public int lessonsPerDay;

    private final LocalDate asOf = LocalDate.of(2026, 4, 20);
    private List<Student> studentList;
    private Observation[] observations;
    private SyntheticCohort generator;

    /** Events counted per iteration; JMH reports them as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        /** Observations fed to the aggregator. */
        public long events;

        /** Students whose features were computed. */
        public long students;

        /** Resets the counters before each iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
            students = 0;
        }
    }

    /** Generates the cohort once. */
    @Setup(Level.Trial)
    public void generate() {
        generator =
                SyntheticCohort.builder()
                        .seed(42)
                        .students(students)
                        .lessonsPerDay(lessonsPerDay)
                        .build();
        studentList = new ArrayList<>(students);
        List<Observation> list = new ArrayList<>();
        generator.generate(
                new CohortSink() {
                    @Override
                    public void school(School school) {
                        // not needed
                    }

                    @Override
                    public void student(Student student) {
                        studentList.add(student);
                    }

                    @Override
                    public void observation(Observation observation) {
                        list.add(observation);
                    }
                });
        observations = list.toArray(Observation[]::new);
        long lessons = list.stream().filter(o -> o instanceof AttendanceEvent).count();
        System.out.printf(
                "%n%d students, %d observations, %d of them lesson attendance%n",
                students, observations.length, lessons);
    }

    /**
     * Feeds the pre-generated observations and computes all features.
     *
     * @param counters the event counters
     * @return the features, so that the JIT cannot drop the work
     */
    @Benchmark
    public Map<StudentKey, Features> aggregate(Counters counters) {
        FeatureAggregator aggregator = new FeatureAggregator(asOf, FeatureConfig.defaults());
        for (Student student : studentList) {
            aggregator.student(student);
        }
        for (Observation observation : observations) {
            aggregator.observation(observation);
        }
        Map<StudentKey, Features> features = aggregator.features();
        counters.events += observations.length;
        counters.students += features.size();
        return features;
    }

    /**
     * Streams the cohort from the generator into the aggregator and computes all features.
     *
     * @param counters the event counters
     * @return the features
     */
    @Benchmark
    public Map<StudentKey, Features> streamFromGenerator(Counters counters) {
        FeatureAggregator aggregator = new FeatureAggregator(asOf, FeatureConfig.defaults());
        long sent = generator.generate(aggregator);
        Map<StudentKey, Features> features = aggregator.features();
        counters.events += sent;
        counters.students += features.size();
        return features;
    }
}
