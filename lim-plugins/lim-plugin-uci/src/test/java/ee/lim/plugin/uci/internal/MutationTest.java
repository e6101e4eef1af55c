package ee.lim.plugin.uci.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ee.lim.spi.CohortSource;
import ee.lim.spi.ImportProblem;
import ee.lim.spi.ImportReport;
import ee.lim.spi.LimException;
import ee.lim.spi.SourceInput;
import ee.lim.testkit.CollectingSink;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random byte, field and line mutations of valid files. Whatever the damage, only LIM's
 * exceptions escape, every rejected record names its file, line and reason, and a byte changed
 * inside one data line costs at most that line.
 */
class MutationTest {
    private static final int CASES_PER_SOURCE = 200;

    @Test
    void mutatedStudentPor_onlyLimExceptionsAndLocatedProblems(@TempDir Path dir) throws Exception {
        Random rows = new Random(3);
        List<Map<String, String>> valid = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            valid.add(TestFiles.porRow(rows));
        }
        byte[] original = Files.readAllBytes(TestFiles.writePor(dir.resolve("valid.csv"), valid));

        run(new StudentPerformanceSource(), original, valid.size(), dir, "student-por.csv");
    }

    @Test
    void mutatedDropout_onlyLimExceptionsAndLocatedProblems(@TempDir Path dir) throws Exception {
        Random rows = new Random(4);
        List<List<String>> valid = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            valid.add(TestFiles.dropoutRow(rows));
        }
        byte[] original =
                Files.readAllBytes(TestFiles.writeDropout(dir.resolve("valid.csv"), valid));

        run(new DropoutSource(), original, valid.size(), dir, "data.csv");
    }

    private static void run(
            CohortSource source, byte[] original, int rowCount, Path dir, String fileName)
            throws Exception {
        long seed = Long.getLong("lim.test.seed", new Random().nextLong());
        System.out.println(source.id() + " mutation seed=" + seed + " (-Dlim.test.seed to replay)");
        Random random = new Random(seed);
        for (int i = 0; i < CASES_PER_SOURCE; i++) {
            int operator = random.nextInt(Mutation.values().length);
            Mutation mutation = Mutation.values()[operator];
            Mutated mutated = mutation.apply(original, random);
            Path file = dir.resolve(fileName);
            Files.write(file, mutated.bytes());
            String label = "seed " + seed + " case " + i + " " + mutation;
            CollectingSink sink = new CollectingSink();
            ImportReport report;
            try {
                report = source.read(SourceInput.of(file), sink);
            } catch (LimException expected) {
                assertFalse(expected.getMessage().isBlank(), label);
                continue;
            } catch (RuntimeException | Error unexpected) {
                fail(label + " let a non-LIM exception escape", unexpected);
                return;
            }
            for (ImportProblem problem : report.problems()) {
                assertEquals(fileName, problem.file(), label);
                assertFalse(problem.reason().isBlank(), label);
                if (problem.severity() == ImportProblem.Severity.REJECTED) {
                    assertTrue(problem.line() >= 1, label + " rejection without a line");
                }
            }
            assertTrue(sink.violations().isEmpty(), label + " " + sink.violations());
            assertEquals(
                    sink.students().size(), report.accepted().getOrDefault("students", 0L), label);
            if (mutated.oneDataLineOnly()) {
                assertTrue(
                        sink.students().size() >= rowCount - 1,
                        label + " lost more than the damaged line: " + report.problems());
            }
        }
    }

    /** Mutated bytes, and whether the damage stays inside one data line. */
    // A test holder whose bytes are written to a file; never compared, hashed or printed.
    @SuppressWarnings("ArrayRecordComponent")
    private record Mutated(byte[] bytes, boolean oneDataLineOnly) {}

    private enum Mutation {
        FLIP_BYTE {
            @Override
            Mutated apply(byte[] in, Random random) {
                byte[] out = in.clone();
                int at = random.nextInt(out.length);
                byte value = (byte) random.nextInt(256);
                out[at] = value;
                boolean safe =
                        at > firstLineEnd(in)
                                && in[at] != '\n'
                                && in[at] != '\r'
                                && in[at] != '"'
                                && value != '\n'
                                && value != '\r'
                                && value != '"';
                return new Mutated(out, safe);
            }
        },
        DELETE_RANGE {
            @Override
            Mutated apply(byte[] in, Random random) {
                int from = random.nextInt(in.length);
                int to = Math.min(in.length, from + 1 + random.nextInt(200));
                return new Mutated(concat(slice(in, 0, from), slice(in, to, in.length)), false);
            }
        },
        INSERT_GARBAGE {
            @Override
            Mutated apply(byte[] in, Random random) {
                byte[] garbage = new byte[1 + random.nextInt(64)];
                random.nextBytes(garbage);
                int at = random.nextInt(in.length);
                return new Mutated(
                        concat(slice(in, 0, at), garbage, slice(in, at, in.length)), false);
            }
        },
        TRUNCATE {
            @Override
            Mutated apply(byte[] in, Random random) {
                return new Mutated(slice(in, 0, random.nextInt(in.length)), false);
            }
        },
        DUPLICATE_LINE {
            @Override
            Mutated apply(byte[] in, Random random) {
                List<String> lines = lines(in);
                int at = random.nextInt(lines.size());
                lines.add(at, lines.get(at));
                return new Mutated(join(lines), false);
            }
        },
        DELETE_LINE {
            @Override
            Mutated apply(byte[] in, Random random) {
                List<String> lines = lines(in);
                lines.remove(random.nextInt(lines.size()));
                return new Mutated(join(lines), false);
            }
        },
        SWAP_DELIMITER {
            @Override
            Mutated apply(byte[] in, Random random) {
                String text = new String(in, StandardCharsets.UTF_8);
                char replacement = ",\t|".charAt(random.nextInt(3));
                return new Mutated(
                        text.replace(';', replacement).getBytes(StandardCharsets.UTF_8), false);
            }
        },
        LONG_FIELD {
            @Override
            Mutated apply(byte[] in, Random random) {
                List<String> lines = lines(in);
                int at = 1 + random.nextInt(lines.size() - 1);
                String[] fields = lines.get(at).split(";", -1);
                fields[random.nextInt(fields.length)] = "9".repeat(5000 + random.nextInt(50_000));
                lines.set(at, String.join(";", fields));
                return new Mutated(join(lines), false);
            }
        },
        STRAY_QUOTE {
            @Override
            Mutated apply(byte[] in, Random random) {
                int at = random.nextInt(in.length);
                return new Mutated(
                        concat(slice(in, 0, at), new byte[] {'"'}, slice(in, at, in.length)),
                        false);
            }
        };

        abstract Mutated apply(byte[] in, Random random);

        private static int firstLineEnd(byte[] in) {
            for (int i = 0; i < in.length; i++) {
                if (in[i] == '\n') {
                    return i;
                }
            }
            return in.length;
        }

        private static List<String> lines(byte[] in) {
            return new ArrayList<>(List.of(new String(in, StandardCharsets.UTF_8).split("\n")));
        }

        private static byte[] join(List<String> lines) {
            return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] slice(byte[] in, int from, int to) {
            byte[] out = new byte[to - from];
            System.arraycopy(in, from, out, 0, out.length);
            return out;
        }

        private static byte[] concat(byte[]... parts) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] part : parts) {
                out.writeBytes(part);
            }
            return out.toByteArray();
        }
    }
}
