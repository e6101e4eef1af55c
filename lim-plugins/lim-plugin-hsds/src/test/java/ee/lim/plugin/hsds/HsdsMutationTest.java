package ee.lim.plugin.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import ee.lim.plugin.hsds.catalogues.HsdsCatalogues;
import ee.lim.spi.CatalogueImport;
import ee.lim.spi.LimException;
import ee.lim.spi.SourceInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrupts valid directories at random (seeded, printed) and checks that only LIM's documented
 * exceptions escape and that every input the reader accepts still yields a report.
 */
class HsdsMutationTest {
    private static final long SEED = 9_172_026L;
    private static final String[] JUNK = {
        "", "\"", ",", "{", "}", "[", "]", "null", "-1", "1e999", "\"x\"", "\n", "\u0000", "ä", ":"
    };

    @Test
    void json_mutationsThrowOnlyLimExceptions(@TempDir Path tmp) throws Exception {
        System.out.println("HsdsMutationTest json seed " + SEED);
        String text = Files.readString(HsdsCatalogues.voruCounty().location());
        Random random = new Random(SEED);
        for (int i = 0; i < 150; i++) {
            Path file = tmp.resolve("m" + i + ".json");
            Files.writeString(file, mutate(text, random), StandardCharsets.UTF_8);

            check(SourceInput.of(file), "json mutation " + i);
        }
    }

    @Test
    void tabular_mutationsThrowOnlyLimExceptions(@TempDir Path tmp) throws Exception {
        System.out.println("HsdsMutationTest tabular seed " + SEED);
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 60; i++) {
            Path folder = Fixtures.tabular(tmp.resolve("t" + i));
            String name = Fixtures.TABULAR_FILES.get(random.nextInt(Fixtures.TABULAR_FILES.size()));
            Path file = folder.resolve(name);
            if (random.nextInt(8) == 0) {
                Files.delete(file);
            } else {
                Files.writeString(
                        file, mutate(Files.readString(file), random), StandardCharsets.UTF_8);
            }

            check(SourceInput.of(folder), "tabular mutation " + i + " of " + name);
        }
    }

    private static void check(SourceInput input, String label) {
        try {
            CatalogueImport result = new HsdsCatalogueSource().read(input);
            assertEquals("hsds", result.report().source(), label);
        } catch (LimException expected) {
            // A documented failure: the input could not be read at all.
        } catch (RuntimeException e) {
            fail(label + " let " + e + " escape", e);
        }
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && out.length() > 0; e++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(40)));
                case 1 -> out.insert(at, JUNK[random.nextInt(JUNK.length)]);
                case 2 -> out.setLength(at);
                default ->
                        out.replace(
                                at,
                                Math.min(out.length(), at + 1),
                                JUNK[random.nextInt(JUNK.length)]);
            }
        }
        return out.toString();
    }
}
