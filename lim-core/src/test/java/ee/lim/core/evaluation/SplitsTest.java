package ee.lim.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitsTest {
    private static final long SEED = 31L;

    @Test
    void stratifiedKFold_partitionsAndBalancesClasses() {
        System.out.println("stratifiedKFold_partitionsAndBalancesClasses seed " + SEED);
        qt().withFixedSeed(SEED)
                .forAll(integers().between(10, 300), integers().between(2, 10), longs().all())
                .checkAssert(
                        (n, k, seed) -> {
                            SplittableRandom random = new SplittableRandom(seed);
                            boolean[] labels = new boolean[n];
                            for (int i = 0; i < n; i++) {
                                labels[i] = random.nextDouble() < 0.3;
                            }

                            List<Split> splits = Splits.stratifiedKFold(labels, k, seed);

                            int[] seen = new int[n];
                            int minPositives = Integer.MAX_VALUE;
                            int maxPositives = 0;
                            for (Split split : splits) {
                                assertEquals(n, split.train().length + split.test().length);
                                int positives = 0;
                                for (int i : split.test()) {
                                    seen[i]++;
                                    positives += labels[i] ? 1 : 0;
                                }
                                minPositives = Math.min(minPositives, positives);
                                maxPositives = Math.max(maxPositives, positives);
                            }
                            for (int count : seen) {
                                assertEquals(1, count, "each row tested once");
                            }
                            assertTrue(maxPositives - minPositives <= 1, "positives balanced");
                        });
    }

    @Test
    void stratifiedFolds_sameSeedSameFolds() {
        boolean[] labels = {true, false, false, true, false, true, false, false};

        assertTrue(
                Arrays.equals(
                        Splits.stratifiedFolds(labels, 3, 8),
                        Splits.stratifiedFolds(labels, 3, 8)));
    }

    @Test
    void timeOrdered_trainsOnPastWholeDays() {
        LocalDate d1 = LocalDate.of(2025, 9, 1);
        LocalDate d2 = LocalDate.of(2025, 10, 1);
        LocalDate d3 = LocalDate.of(2025, 11, 1);
        List<LocalDate> dates = List.of(d3, d1, d2, d2, d1, d3);

        Split split = Splits.timeOrdered(dates, 0.5);

        assertTrue(Arrays.equals(new int[] {1, 2, 3, 4}, split.train()));
        assertTrue(Arrays.equals(new int[] {0, 5}, split.test()));
    }
}
