package ee.lim.plugin.oneroster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ee.lim.spi.ImportProblem;
import ee.lim.spi.ImportReport;
import ee.lim.spi.LimException;
import ee.lim.testkit.CollectingSink;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random byte, field and line mutations of one file of a valid export. Whatever the damage,
 * only LIM's exceptions escape, every rejected record names its file, line and reason, and a byte
 * changed inside one line of users.csv or roles.csv costs at most one student.
 */
class MutationTest {
    private static final int CASES = 250;
    private static final int STUDENTS = 15;

    @Test
    void mutatedExport_onlyLimExceptionsAndLocatedProblems(@TempDir Path dir) throws Exception {
        Path valid = dir.resolve("valid");
        RosterFixture.write(valid, 44, STUDENTS);
        List<Path> files;
        try (Stream<Path> listing = Files.list(valid)) {
            files = listing.sorted().toList();
        }
        long seed = Long.getLong("lim.test.seed", new Random().nextLong());
        System.out.println("oneroster mutation seed=" + seed + " (-Dlim.test.seed to replay)");
        Random random = new Random(seed);
        Path target = dir.resolve("case");
        Files.createDirectories(target);
        for (Path file : files) {
            Files.copy(file, target.resolve(file.getFileName()));
        }
        for (int i = 0; i < CASES; i++) {
            Path victim = files.get(random.nextInt(files.size())).getFileName();
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            Mutated mutated = mutation.apply(Files.readAllBytes(target.resolve(victim)), random);
            Files.write(target.resolve(victim), mutated.bytes());
            try {
                check(target, mutated, victim.toString(), seed, i, mutation);
            } finally {
                Files.copy(
                        valid.resolve(victim),
                        target.resolve(victim),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void check(
            Path target, Mutated mutated, String name, long seed, int i, Mutation mutation) {
        String label = "seed " + seed + " case " + i + " " + mutation + " of " + name;
        CollectingSink sink = new CollectingSink();
        ImportReport report;
        try {
            report = new OneRosterSource().read(OneRosterSourceTest.input(target), sink);
        } catch (LimException expected) {
            assertFalse(expected.getMessage().isBlank(), label);
            assertTrue(sink.students().isEmpty(), label + ": sink written before the throw");
            return;
        } catch (RuntimeException | Error unexpected) {
            fail(label + " let a non-LIM exception escape", unexpected);
            return;
        }
        for (ImportProblem problem : report.problems()) {
            assertFalse(problem.file().isBlank(), label);
            assertFalse(problem.reason().isBlank(), label);
            if (problem.severity() == ImportProblem.Severity.REJECTED) {
                assertTrue(problem.line() >= 1, label + " rejection without a line");
            }
        }
        assertTrue(sink.violations().isEmpty(), label + " " + sink.violations());
        assertEquals(sink.students().size(), report.accepted().getOrDefault("students", 0L), label);
        if (mutated.oneDataLineOnly() && (name.equals("users.csv") || name.equals("roles.csv"))) {
            assertTrue(
                    sink.students().size() >= STUDENTS - 1,
                    label + " lost more than one student: " + report.problems());
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
                char replacement = ";\t|".charAt(random.nextInt(3));
                return new Mutated(
                        text.replace(',', replacement).getBytes(StandardCharsets.UTF_8), false);
            }
        },
        LONG_FIELD {
            @Override
            Mutated apply(byte[] in, Random random) {
                List<String> lines = lines(in);
                int at = 1 + random.nextInt(lines.size() - 1);
                String[] fields = lines.get(at).split(",", -1);
                fields[random.nextInt(fields.length)] = "9".repeat(5000 + random.nextInt(50_000));
                lines.set(at, String.join(",", fields));
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
