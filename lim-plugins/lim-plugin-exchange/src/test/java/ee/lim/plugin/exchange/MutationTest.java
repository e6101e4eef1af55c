package ee.lim.plugin.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import ee.lim.spi.ImportReport;
import ee.lim.spi.LimException;
import ee.lim.spi.SourceInput;
import ee.lim.testkit.CollectingSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applies a few hundred seeded random mutations to the example files and checks that reading them
 * either returns a consistent report or throws a {@link LimException}, never anything else. Set the
 * system property {@code lim.mutation.seed} to replay a printed seed.
 */
class MutationTest {
    /** Mutations per run; the system property {@code lim.mutation.count} raises it. */
    private static final int MUTATIONS = Integer.getInteger("lim.mutation.count", 300);

    @Test
    void mutatedFiles_onlyLimExceptionsEscape(@TempDir Path tempDir) throws IOException {
        long seed = Long.getLong("lim.mutation.seed", System.nanoTime());
        System.out.println("MutationTest seed: " + seed + " (replay with -Dlim.mutation.seed)");
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, byte[]> original = new LinkedHashMap<>();
        Path[] examples;
        try (Stream<Path> listing = Files.list(Folders.example())) {
            examples = listing.sorted().toArray(Path[]::new);
        }
        for (Path file : examples) {
            original.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
        List<String> files = new ArrayList<>(original.keySet());
        int thrown = 0;

        for (int round = 0; round < MUTATIONS; round++) {
            Path folder = Files.createDirectories(tempDir.resolve("m" + round));
            String target = files.get(random.nextInt(files.size()));
            List<String> applied = new ArrayList<>();
            for (Map.Entry<String, byte[]> entry : original.entrySet()) {
                byte[] bytes = entry.getValue();
                if (entry.getKey().equals(target)) {
                    int count = 1 + random.nextInt(3);
                    for (int i = 0; i < count && bytes != null; i++) {
                        Mutation mutation =
                                Mutation.values()[random.nextInt(Mutation.values().length)];
                        applied.add(mutation.name());
                        bytes = mutation.apply(bytes, random);
                    }
                }
                if (bytes != null) {
                    Files.write(folder.resolve(entry.getKey()), bytes);
                }
            }
            String context = "seed " + seed + ", round " + round + ", " + target + " " + applied;

            CollectingSink sink = new CollectingSink();
            try {
                ImportReport report = new ExchangeCohortSource().read(SourceInput.of(folder), sink);
                checkConsistent(report, sink, context);
            } catch (LimException e) {
                thrown++;
            } catch (RuntimeException | Error e) {
                throw new AssertionError("non-LIM exception for " + context, e);
            }
        }
        System.out.println(
                "MutationTest: " + thrown + " of " + MUTATIONS + " inputs rejected whole");
    }

    private static void checkConsistent(ImportReport report, CollectingSink sink, String context) {
        assertEquals(List.of(), sink.violations(), context);
        assertEquals(
                sink.students().size(),
                report.accepted().getOrDefault("students", 0L),
                "students, " + context);
        long observations =
                report.acceptedCount()
                        - report.accepted().getOrDefault("students", 0L)
                        - report.accepted().getOrDefault("schools", 0L);
        assertEquals(sink.observations().size(), observations, "observations, " + context);
        try {
            sink.toCohort();
        } catch (LimException e) {
            fail("records do not form a cohort: " + context, e);
        }
    }

    /** One kind of damage to a file's bytes; {@code null} deletes the file. */
    private enum Mutation {
        FLIP_BYTE {
            @Override
            byte[] apply(byte[] bytes, SplittableRandom random) {
                if (bytes.length == 0) {
                    return bytes;
                }
                byte[] copy = bytes.clone();
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                return copy;
            }
        },
        DELETE_RANGE {
            @Override
            byte[] apply(byte[] bytes, SplittableRandom random) {
                if (bytes.length == 0) {
                    return bytes;
                }
                int from = random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + 1 + random.nextInt(40));
                return splice(bytes, from, to, new byte[0]);
            }
        },
        INSERT_GARBAGE {
            @Override
            byte[] apply(byte[] bytes, SplittableRandom random) {
                byte[] garbage = new byte[1 + random.nextInt(64)];
                for (int i = 0; i < garbage.length; i++) {
                    garbage[i] = (byte) random.nextInt(256);
                }
                int at = random.nextInt(bytes.length + 1);
                return splice(bytes, at, at, garbage);
            }
        },
        TRUNCATE {
            @Override
            byte[] apply(byte[] bytes, SplittableRandom random) {
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            }
        },
        DUPLICATE_LINE {
            @Override
            byte[] apply(byte[] bytes, SplittableRandom random) {
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                String[] lines = text.split("\n", -1);
                int line = random.nextInt(lines.length);
                List<String> out = new ArrayList<>(List.of(lines));
                out.add(line, lines[line]);
                return String.join("\n", out).getBytes(StandardCharsets.ISO_8859_1);
            }
        },
        SWAP_DELIMITER {
            @Override
            byte[] apply(byte[] bytes, SplittableRandom random) {
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                String swapped =
                        random.nextBoolean() ? text.replace(',', ';') : text.replace(',', '\t');
                return swapped.getBytes(StandardCharsets.ISO_8859_1);
            }
        },
        INSERT_QUOTE {
            @Override
            byte[] apply(byte[] bytes, SplittableRandom random) {
                int at = random.nextInt(bytes.length + 1);
                return splice(bytes, at, at, new byte[] {'"'});
            }
        },
        DELETE_FILE {
            @Override
            byte[] apply(byte[] bytes, SplittableRandom random) {
                return null;
            }
        },
        EMPTY_FILE {
            @Override
            byte[] apply(byte[] bytes, SplittableRandom random) {
                return new byte[0];
            }
        },
        INSERT_BOM {
            @Override
            byte[] apply(byte[] bytes, SplittableRandom random) {
                int at = random.nextBoolean() ? 0 : random.nextInt(bytes.length + 1);
                return splice(bytes, at, at, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
        },
        CHANGE_LINE_ENDS {
            @Override
            byte[] apply(byte[] bytes, SplittableRandom random) {
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                String changed = text.replace("\n", random.nextBoolean() ? "\r\n" : "\r");
                return changed.getBytes(StandardCharsets.ISO_8859_1);
            }
        },
        LONG_VALUE {
            @Override
            byte[] apply(byte[] bytes, SplittableRandom random) {
                byte[] run = new byte[1000 + random.nextInt(20_000)];
                java.util.Arrays.fill(run, (byte) ('a' + random.nextInt(26)));
                int at = random.nextInt(bytes.length + 1);
                return splice(bytes, at, at, run);
            }
        },
        DIGIT_TO_LETTER {
            @Override
            byte[] apply(byte[] bytes, SplittableRandom random) {
                byte[] copy = bytes.clone();
                for (int tries = 0; tries < 50 && copy.length > 0; tries++) {
                    int at = random.nextInt(copy.length);
                    if (copy[at] >= '0' && copy[at] <= '9') {
                        copy[at] = 'O';
                        break;
                    }
                }
                return copy;
            }
        },
        DROP_HEADER_COLUMN {
            @Override
            byte[] apply(byte[] bytes, SplittableRandom random) {
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                int end = text.indexOf('\n');
                String header = end < 0 ? text : text.substring(0, end);
                int comma = header.indexOf(',');
                if (comma < 0) {
                    return bytes;
                }
                return (header.substring(0, comma) + (end < 0 ? "" : text.substring(end)))
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
        };

        abstract byte[] apply(byte[] bytes, SplittableRandom random);

        private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
            byte[] out = new byte[bytes.length - (to - from) + insert.length];
            System.arraycopy(bytes, 0, out, 0, from);
            System.arraycopy(insert, 0, out, from, insert.length);
            System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
            return out;
        }
    }
}
