package ee.lim.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluatorTest {
    private static final long SEED = 99L;

    @Test
    void evaluate_isInvariantToRowOrder() {
        System.out.println("evaluate_isInvariantToRowOrder seed " + SEED);
        qt().withFixedSeed(SEED)
                .forAll(integers().between(30, 200), longs().all())
                .checkAssert(
                        (n, seed) -> {
                            SplittableRandom random = new SplittableRandom(seed);
                            double[] p = new double[n];
                            boolean[] y = new boolean[n];
                            String[] g = new String[n];
                            for (int i = 0; i < n; i++) {
                                p[i] = random.nextInt(50) / 49.0;
                                y[i] = random.nextDouble() < p[i];
                                g[i] = random.nextInt(3) == 0 ? "A" : "B";
                            }
                            y[0] = true;
                            y[1] = false;
                            y[2] = true;
                            y[3] = false;
                            int[] perm = permutation(n, random);
                            double[] p2 = new double[n];
                            boolean[] y2 = new boolean[n];
                            String[] g2 = new String[n];
                            for (int i = 0; i < n; i++) {
                                p2[i] = p[perm[i]];
                                y2[i] = y[perm[i]];
                                g2[i] = g[perm[i]];
                            }
                            Evaluator evaluator = new Evaluator(0.2, 10, 5, 0.9);

                            EvaluationReport a = evaluator.evaluate(p, y, Map.of("g", g));
                            EvaluationReport b = evaluator.evaluate(p2, y2, Map.of("g", g2));

                            assertEquals(a.auc(), b.auc(), 1e-12);
                            assertEquals(a.aucInterval().lower(), b.aucInterval().lower(), 1e-12);
                            assertEquals(a.prAuc(), b.prAuc(), 1e-12);
                            assertEquals(a.brier(), b.brier(), 1e-12);
                            assertEquals(a.atFlagRate(), b.atFlagRate());
                            assertEquals(a.atTopK(), b.atTopK());
                            assertGroupsEqual(a.groups().get(0), b.groups().get(0));
                            for (int bin = 0; bin < 10; bin++) {
                                assertEquals(
                                        a.calibration().get(bin).count(),
                                        b.calibration().get(bin).count());
                            }
                        });
    }

    /** Compares two tables exactly, except the Brier score, a sum whose last bits may differ. */
    private static void assertGroupsEqual(GroupTable a, GroupTable b) {
        assertEquals(a.referenceGroup(), b.referenceGroup());
        assertEquals(a.rows().size(), b.rows().size());
        for (int i = 0; i < a.rows().size(); i++) {
            GroupRow x = a.rows().get(i);
            GroupRow y = b.rows().get(i);
            assertEquals(withoutBrier(x), withoutBrier(y));
            if (x.brier() != null) {
                assertEquals(x.brier(), y.brier(), 1e-12);
            }
        }
    }

    private static GroupRow withoutBrier(GroupRow row) {
        return new GroupRow(
                row.group(),
                row.suppressed(),
                row.size(),
                row.positives(),
                row.flagRate(),
                row.truePositiveRate(),
                row.falsePositiveRate(),
                row.precision(),
                row.auc(),
                null,
                row.flagRateRatio(),
                row.truePositiveRateDifference(),
                row.falsePositiveRateDifference(),
                row.precisionDifference());
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = perm[i];
            perm[i] = perm[j];
            perm[j] = swap;
        }
        return perm;
    }

    // 10 rows, flag rate 0.3 flags the 3 highest (0.9, 0.8, 0.7). Group A: rows 0-4 with scores
    // 0.9 0.8 0.1 0.2 0.3 and labels 1 0 1 0 0: flag rate 2/5, TPR 1/2, FPR 1/3, precision 1/2.
    // Group B: rows 5-9 with 0.7 0.4 0.5 0.6 0.05, labels 1 1 0 0 0: flag rate 1/5, TPR 1/2,
    // FPR 0, precision 1. On a size tie the first group by name, A, is the reference.
    @Test
    void groupTable_handWorkedCase() {
        double[] p = {0.9, 0.8, 0.1, 0.2, 0.3, 0.7, 0.4, 0.5, 0.6, 0.05};
        boolean[] y = {true, false, true, false, false, true, true, false, false, false};
        String[] g = {"A", "A", "A", "A", "A", "B", "B", "B", "B", "B"};

        EvaluationReport report = new Evaluator(0.3, 3, 5, 0.95).evaluate(p, y, Map.of("sex", g));

        GroupTable table = report.groups().get(0);
        assertEquals("A", table.referenceGroup());
        GroupRow a = table.rows().get(0);
        GroupRow b = table.rows().get(1);
        assertEquals(0.4, a.flagRate(), 1e-15);
        assertEquals(0.5, a.truePositiveRate(), 1e-15);
        assertEquals(1.0 / 3, a.falsePositiveRate(), 1e-15);
        assertEquals(0.5, a.precision(), 1e-15);
        assertEquals(0.2, b.flagRate(), 1e-15);
        assertEquals(0.5, b.flagRateRatio(), 1e-15);
        assertEquals(0.0, b.truePositiveRateDifference(), 1e-15);
        assertEquals(-1.0 / 3, b.falsePositiveRateDifference(), 1e-15);
        assertEquals(0.5, b.precisionDifference(), 1e-15);
        // Within A, positive 0.9 outranks all three negatives and 0.1 none: AUC 3/6. Within B,
        // 0.7 outranks three and 0.4 one: AUC 4/6.
        assertEquals(0.5, a.auc(), 1e-15);
        assertEquals(4.0 / 6, b.auc(), 1e-15);
        assertEquals((0.01 + 0.64 + 0.81 + 0.04 + 0.09) / 5, a.brier(), 1e-15);
        assertEquals(3, report.atFlagRate().flagged());
        assertEquals(2.0 / 3, report.atFlagRate().precision(), 1e-15);
        assertEquals(0.5, report.atFlagRate().recall(), 1e-15);
    }

    @Test
    void groupTable_smallGroupIsSuppressed() {
        double[] p = new double[25];
        boolean[] y = new boolean[25];
        String[] g = new String[25];
        for (int i = 0; i < 25; i++) {
            p[i] = i / 25.0;
            y[i] = i % 2 == 0;
            g[i] = i < 21 ? "large" : "small";
        }

        EvaluationReport report = Evaluator.defaults().evaluate(p, y, Map.of("language", g));

        GroupRow small = report.groups().get(0).rows().get(1);
        assertEquals("small", small.group());
        assertTrue(small.suppressed());
        assertNull(small.size());
        assertNull(small.flagRate());
        assertNull(small.truePositiveRate());
        GroupRow large = report.groups().get(0).rows().get(0);
        assertFalse(large.suppressed());
        assertEquals(21, large.size());
    }

    @Test
    void report_serialisesWithSnakeCaseNames() {
        double[] p = {0.9, 0.1, 0.8, 0.3, 0.6, 0.2};
        boolean[] y = {true, false, true, false, false, true};

        String json =
                JsonMapper.builder()
                        .build()
                        .writeValueAsString(
                                Evaluator.defaults().evaluate(p, y, Map.of("sex", new String[6])));

        JsonNode node = JsonMapper.builder().build().readTree(json);
        assertTrue(node.get("auc").isNumber(), json);
        assertTrue(node.get("pr_auc").isNumber(), json);
        assertTrue(node.get("brier").isNumber(), json);
        assertTrue(node.get("auc_ci").get("lower").isNumber(), json);
        assertTrue(node.get("groups").get(0).get("rows").isArray(), json);
        assertEquals(10, node.get("calibration").size());
    }

    @Test
    void probabilities_fromProviderLieInUnitInterval() {
        System.out.println("probabilities_fromProviderLieInUnitInterval seed " + SEED);
        qt().withFixedSeed(SEED)
                .withExamples(20)
                .forAll(longs().all())
                .checkAssert(
                        seed -> {
                            SplittableRandom random = new SplittableRandom(seed);
                            int n = 40;
                            double[][] x = new double[n][2];
                            boolean[] y = new boolean[n];
                            for (int i = 0; i < n; i++) {
                                x[i][0] = random.nextGaussian() * 1e3;
                                x[i][1] = random.nextBoolean() ? Double.NaN : random.nextInt(3);
                                y[i] = i % 3 == 0 || random.nextDouble() < 0.2;
                            }
                            var data =
                                    new ee.lim.spi.risk.TrainingSet(
                                            java.util.List.of("a", "b"),
                                            java.util.List.of(
                                                    ee.lim.spi.risk.FactorCategory.GRADES,
                                                    ee.lim.spi.risk.FactorCategory.GRADES),
                                            x,
                                            y);

                            var model =
                                    new ee.lim.core.model.LogisticRegressionProvider()
                                            .train(data, Map.of());

                            for (int i = 0; i < n; i++) {
                                double[] probe = {
                                    random.nextGaussian() * 1e6, random.nextDouble() * 1e3
                                };
                                double q = model.probability(probe);
                                assertTrue(q >= 0 && q <= 1, "probability " + q);
                            }
                        });
    }
}
