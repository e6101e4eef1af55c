package ee.lim.benchmarks.exchange;

import ee.lim.plugin.exchange.ExchangeCohortSource;
import ee.lim.plugin.exchange.ExchangeWriter;
import ee.lim.spi.ImportReport;
import ee.lim.spi.SourceInput;
import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.CohortSink;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reads an exchange folder whose attendance.csv has {@link #rows} rows into a sink that only
 * counts, and reports rows per second as the auxiliary counter {@code rows}. The folder is written
 * once per trial with {@link ExchangeWriter}: 10,000 students, six 45-minute lessons per school
 * day.
 *
 * <p>After each iteration it prints two heap figures sampled every 2^16 rows: the largest heap in
 * use right after a garbage collection, and the largest use of the heap outside the young
 * generation's eden, which counts live objects plus garbage not yet collected and so bounds the
 * retained heap from above. It also prints the rows per CPU second of the reading thread. The
 * method {@link #readProbingLiveHeap} runs a full garbage collection every 2^18 rows and prints the
 * largest live heap it saw; its speed is not meaningful. Run it with a small {@code -Xmx} to show
 * that the heap does not grow with the file. The CPU figure leaves out the garbage collector and
 * JIT threads, but unlike wall-clock time it does not depend on what else runs on a shared machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExchangeImportBenchmark {
    private static final int STUDENTS = 10_000;
    private static final int LESSONS_PER_DAY = 6;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Rows of attendance.csv. */
    @Param({"1000000", "10000000"})
    public int rows;

    /** The {@code hash} option: {@code none}, or {@code sha256} over every byte read. */
    @Param({"none", "sha256"})
    public String hash;

    private Path folder;
    private SourceInput input;
    private long maxHeapAfterGc;
    private long maxOutsideEden;
    private long maxLiveHeap;
    private long cpuNanos;
    private long rowsRead;

    /** Rows counted by the sink, reported per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Rows {
        /** Rows read in this iteration. */
        public long rows;

        /** Clears the count before each iteration. */
        @Setup(Level.Iteration)
        public void clear() {
            rows = 0;
        }
    }

    /**
     * Writes the folder.
     *
     * @throws IOException if the temporary folder cannot be created
     */
    @Setup(Level.Trial)
    public void writeFolder() throws IOException {
        folder = Files.createTempDirectory("lim-exchange-bench");
        try (ExchangeWriter writer = ExchangeWriter.open(folder)) {
            writer.school(new School("SCH01", "Benchmark school", null));
            for (int s = 0; s < STUDENTS; s++) {
                writer.student(Student.of(key(s), "SCH01"));
            }
            int perStudent = (rows + STUDENTS - 1) / STUDENTS;
            AttendanceStatus[] statuses = AttendanceStatus.values();
            int written = 0;
            for (int s = 0; s < STUDENTS && written < rows; s++) {
                StudentKey key = key(s);
                LocalDate day = LocalDate.of(2025, 9, 1);
                for (int i = 0; i < perStudent && written < rows; i++) {
                    if (i > 0 && i % LESSONS_PER_DAY == 0) {
                        day = nextSchoolDay(day);
                    }
                    // Four rows in five are PRESENT, and every status appears.
                    int mix = (s * 31 + i * 17) % 20;
                    AttendanceStatus status =
                            mix < 15 ? AttendanceStatus.PRESENT : statuses[mix % 5];
                    writer.observation(
                            new AttendanceEvent(
                                    key, day, AttendanceEvent.Scope.LESSON, status, 45));
                    written++;
                }
            }
        }
        input = new SourceInput(folder, Map.of("hash", hash));
        System.out.printf(
                "%nattendance.csv: %d rows, %d MiB%n",
                rows, Files.size(folder.resolve("attendance.csv")) >> 20);
    }

    /**
     * Deletes the folder.
     *
     * @throws IOException if a file cannot be deleted
     */
    @TearDown(Level.Trial)
    public void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toArray(Path[]::new)) {
                Files.delete(path);
            }
        }
    }

    /** Prints the largest heap after garbage collection and the rows per CPU second. */
    @TearDown(Level.Iteration)
    public void printHeapAndCpu() {
        System.out.printf(
                "%nmax heap after GC: %.1f MiB; max heap outside eden: %.1f MiB (-Xmx %d MiB);"
                        + " %.0f rows per CPU second%n",
                maxHeapAfterGc / 1048576.0,
                maxOutsideEden / 1048576.0,
                Runtime.getRuntime().maxMemory() >> 20,
                rowsRead / (cpuNanos / 1e9));
        if (maxLiveHeap > 0) {
            System.out.printf("max live heap after full GC: %.1f MiB%n", maxLiveHeap / 1048576.0);
        }
        maxHeapAfterGc = 0;
        maxOutsideEden = 0;
        maxLiveHeap = 0;
        cpuNanos = 0;
        rowsRead = 0;
    }

    /**
     * Reads the folder.
     *
     * @param counter receives the rows read
     * @return the report, so that the work is not eliminated
     */
    @Benchmark
    public ImportReport read(Rows counter) {
        return read(counter, false);
    }

    /**
     * Reads the folder and measures the live heap with a full garbage collection every 2^18 rows.
     *
     * @param counter receives the rows read
     * @return the report, so that the work is not eliminated
     */
    @Benchmark
    public ImportReport readProbingLiveHeap(Rows counter) {
        return read(counter, true);
    }

    private ImportReport read(Rows counter, boolean probeLiveHeap) {
        CountingSink sink = new CountingSink(probeLiveHeap);
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        ImportReport report = new ExchangeCohortSource().read(input, sink);
        cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
        rowsRead += sink.observations;
        if (report.rejectedCount() != 0 || sink.students != STUDENTS || sink.observations != rows) {
            throw new IllegalStateException("unexpected import result: " + report.problems());
        }
        counter.rows += sink.observations;
        return report;
    }

    private static StudentKey key(int index) {
        return new StudentKey(String.format("S%06d", index + 1));
    }

    private static LocalDate nextSchoolDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY
                || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    private void sampleHeap() {
        long afterGc = 0;
        long outsideEden = 0;
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        for (MemoryPoolMXBean pool : pools) {
            if (pool.getType() != MemoryType.HEAP) {
                continue;
            }
            MemoryUsage collected = pool.getCollectionUsage();
            if (collected != null) {
                afterGc += collected.getUsed();
            }
            if (!pool.getName().contains("Eden")) {
                outsideEden += pool.getUsage().getUsed();
            }
        }
        maxHeapAfterGc = Math.max(maxHeapAfterGc, afterGc);
        maxOutsideEden = Math.max(maxOutsideEden, outsideEden);
    }

    /** Counts records and samples the heap; keeps nothing. */
    private final class CountingSink implements CohortSink {
        private final boolean probeLiveHeap;
        long students;
        long observations;

        CountingSink(boolean probeLiveHeap) {
            this.probeLiveHeap = probeLiveHeap;
        }

        @Override
        public void school(School school) {}

        @Override
        public void student(Student student) {
            students++;
        }

        @Override
        public void observation(Observation observation) {
            observations++;
            if ((observations & ((1 << 16) - 1)) == 0) {
                sampleHeap();
            }
            if (probeLiveHeap && (observations & ((1 << 18) - 1)) == 0) {
                System.gc();
                long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                maxLiveHeap = Math.max(maxLiveHeap, live);
            }
        }
    }
}
