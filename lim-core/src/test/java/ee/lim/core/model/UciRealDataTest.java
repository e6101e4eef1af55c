package ee.lim.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ee.lim.core.Engine;
import ee.lim.core.evaluation.BaselineGate;
import ee.lim.core.evaluation.CrossValidation;
import ee.lim.core.evaluation.EvaluationReport;
import ee.lim.core.evaluation.Evaluator;
import ee.lim.core.evaluation.GateResult;
import ee.lim.core.evaluation.Metrics;
import ee.lim.core.risk.RiskScorer;
import ee.lim.core.rules.JsonRulePack;
import ee.lim.core.rules.RulePacks;
import ee.lim.spi.CohortSource;
import ee.lim.spi.ImportReport;
import ee.lim.spi.SourceInput;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskAssessment;
import ee.lim.spi.risk.TrainingSet;
import ee.lim.testkit.CollectingSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Trains and cross-validates the logistic model on the two UCI files (5-fold stratified, seed 1)
 * and prints LIM's figures next to rule baselines; docs/model.md quotes the output.
 *
 * <p>The files are read by the UCI plugin's cohort sources {@code uci} and {@code uci-dropout},
 * found on the test class path by {@link Engine}, and turned into training data by {@link
 * DatasetBuilder} as of a date: 2006-01-09 for {@code student-por.csv}, so the first-period grade
 * G1 is an input and G2 and G3 are not; 2019-07-02 (after the second semester) and 2019-02-02
 * (after the first) for {@code data.csv}.
 *
 * <p>{@code -Dlim.uci.seeds=5} repeats the cross-validation with seeds 1 to 5; {@code
 * -Dlim.uci.folds=DIR} also scores LIM on the folds that {@code uci_reference.py} wrote to DIR, the
 * same rows as the scikit-learn reference.
 */
class UciRealDataTest {
    private static final int FOLDS = 5;
    private static final long SEED = 1;

    /** After the first-period grades (2005-12-16), before the second-period ones. */
    static final LocalDate POR_AS_OF = LocalDate.of(2006, 1, 9);

    /** After the second semester's results (2019-07-01). */
    static final LocalDate DROPOUT_AS_OF = LocalDate.of(2019, 7, 2);

    /** After the first semester's results (2019-02-01): the early-warning date. */
    static final LocalDate DROPOUT_EARLY = LocalDate.of(2019, 2, 2);

    /** The protected attributes of student-por.csv, as docs/formats/uci.md maps them. */
    static final Set<String> POR_PROTECTED =
            Set.of(
                    "sex",
                    "age",
                    "address",
                    "famsize",
                    "Pstatus",
                    "Medu",
                    "Fedu",
                    "Mjob",
                    "Fjob",
                    "guardian");

    /** The protected attributes of data.csv, as docs/formats/uci.md maps them. */
    static final Set<String> DROPOUT_PROTECTED =
            Set.of(
                    "Marital status",
                    "Nacionality",
                    "Gender",
                    "Age at enrollment",
                    "International",
                    "Mother's qualification",
                    "Father's qualification",
                    "Mother's occupation",
                    "Father's occupation");

    private static final Engine ENGINE = Engine.builder().discover().build();

    @Test
    void portuguese_reachesReferenceAuc() throws IOException {
        Path file = dataDirectory().resolve("uci-student-performance/student-por.csv");
        assumeTrue(Files.isReadable(file), "UCI data not found at " + file);
        Cohort cohort = read("uci", file, 649);
        assertEquals(POR_PROTECTED, protectedNames(cohort));

        Dataset defaults =
                build(cohort, FeatureSelection.defaults(), POR_AS_OF, LabelRule.failed());
        Dataset withProtected =
                build(
                        cohort,
                        FeatureSelection.defaults().withProtectedInputs(POR_PROTECTED),
                        POR_AS_OF,
                        LabelRule.failed());

        assertEquals(649, defaults.trainingSet().size());
        assertEquals(100, count(defaults.trainingSet().labels()));
        List<String> names = defaults.trainingSet().featureNames();
        assertTrue(
                names.stream().noneMatch(n -> n.startsWith("sex") || n.startsWith("Medu")),
                "protected attributes are not inputs by default");
        assertTrue(names.contains("grade.P1"), "G1 is an input: " + names);
        assertTrue(
                names.stream().noneMatch(n -> n.equals("grade.P2") || n.equals("grade.final")),
                "G2 and G3 are not inputs: " + names);
        CrossValidation.Result all =
                report("por, all columns but G2/G3", withProtected, 0.937, "por_folds.txt");
        CrossValidation.Result plain =
                report("por, protected excluded", defaults, 0.940, "por_folds.txt");
        gate("por", "hand rule", plain, porRule(defaults), defaults, 0.15);
        gate("por", "ewims", plain, ewims(cohort, defaults, POR_AS_OF), defaults, 0.15);
        printEvaluation("por, protected excluded", plain, defaults, "sex");
        assertTrue(all.pooledAuc() > 0.90, "pooled AUC " + all.pooledAuc());
        assertTrue(plain.pooledAuc() > 0.90, "pooled AUC " + plain.pooledAuc());
    }

    @Test
    void dropout_reachesReferenceAuc() throws IOException {
        Path file = dataDirectory().resolve("uci-predict-students-dropout/data.csv");
        assumeTrue(Files.isReadable(file), "UCI data not found at " + file);
        Cohort cohort = read("uci-dropout", file, 4424);
        assertEquals(DROPOUT_PROTECTED, protectedNames(cohort));

        Dataset defaults =
                build(cohort, FeatureSelection.defaults(), DROPOUT_AS_OF, LabelRule.droppedOut());
        Dataset withProtected =
                build(
                        cohort,
                        FeatureSelection.defaults().withProtectedInputs(DROPOUT_PROTECTED),
                        DROPOUT_AS_OF,
                        LabelRule.droppedOut());
        Dataset early =
                build(cohort, FeatureSelection.defaults(), DROPOUT_EARLY, LabelRule.droppedOut());

        assertEquals(4424, defaults.trainingSet().size());
        assertEquals(1421, count(defaults.trainingSet().labels()));
        assertTrue(
                early.trainingSet().featureNames().stream().noneMatch(n -> n.contains("s2.")),
                "no second-semester input as of " + DROPOUT_EARLY);
        CrossValidation.Result all =
                report("dropout, all columns", withProtected, 0.918, "dropout_folds.txt");
        CrossValidation.Result plain =
                report("dropout, protected excluded", defaults, 0.915, "dropout_folds.txt");
        CrossValidation.Result first =
                report(
                        "dropout, protected excluded, after semester 1",
                        early,
                        0.891,
                        "dropout_folds.txt");
        gate("dropout", "hand rule", plain, dropoutRule(defaults), defaults, 0.32);
        gate("dropout", "ewims", plain, ewims(cohort, defaults, DROPOUT_AS_OF), defaults, 0.32);
        gate("dropout, semester 1", "hand rule", first, dropoutRule(early), early, 0.32);
        gate(
                "dropout, semester 1",
                "ewims",
                first,
                ewims(cohort, early, DROPOUT_EARLY),
                early,
                0.32);
        printEvaluation("dropout, protected excluded", plain, defaults, "Gender");
        printEvaluation("dropout, after semester 1", first, early, "Gender");
        assertTrue(all.pooledAuc() > 0.90, "pooled AUC " + all.pooledAuc());
        assertTrue(plain.pooledAuc() > 0.88, "pooled AUC " + plain.pooledAuc());
        assertTrue(first.pooledAuc() > 0.85, "pooled AUC " + first.pooledAuc());
    }

    static Path dataDirectory() {
        String configured = System.getProperty("lim.shared.data");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        return Path.of("..", "shared", "data");
    }

    /** Reads a file through the UCI plugin and checks that every row was accepted. */
    private static Cohort read(String source, Path file, int students) {
        CollectingSink sink = new CollectingSink();
        ImportReport report =
                ENGINE.plugin(CohortSource.class, source).read(SourceInput.of(file), sink);
        assertEquals(0, report.rejectedCount(), "rejected rows: " + report.problems());
        assertEquals(List.of(), sink.violations());
        Cohort cohort = sink.toCohort();
        assertEquals(students, cohort.students().size());
        return cohort;
    }

    private static Set<String> protectedNames(Cohort cohort) {
        Set<String> names = new TreeSet<>();
        cohort.students().forEach(student -> names.addAll(student.protectedAttributes().keySet()));
        return names;
    }

    private static Dataset build(
            Cohort cohort, FeatureSelection selection, LocalDate asOf, LabelRule rule) {
        return new DatasetBuilder(selection, new GradeMeasurementFeatures(), rule)
                .build(cohort, asOf);
    }

    private static CrossValidation.Result report(
            String name, Dataset data, double reference, String foldFile) throws IOException {
        CrossValidation.Result first = null;
        int seeds = Integer.getInteger("lim.uci.seeds", 1);
        for (long seed = SEED; seed < SEED + seeds; seed++) {
            CrossValidation.Result result =
                    CrossValidation.run(
                            new LogisticRegressionProvider(),
                            data.trainingSet(),
                            Map.of(),
                            FOLDS,
                            seed);
            print(name, "LIM folds, seed " + seed, data, result, reference);
            first = first == null ? result : first;
        }
        String folds = System.getProperty("lim.uci.folds");
        if (folds != null) {
            int[] fold =
                    Files.readAllLines(Path.of(folds, foldFile)).stream()
                            .filter(line -> !line.isBlank())
                            .mapToInt(line -> Integer.parseInt(line.trim()))
                            .toArray();
            CrossValidation.Result result =
                    CrossValidation.run(
                            new LogisticRegressionProvider(),
                            data.trainingSet(),
                            Map.of(),
                            fold,
                            SEED);
            print(name, "scikit-learn folds, seed 1", data, result, reference);
        }
        return first;
    }

    private static void print(
            String name,
            String folds,
            Dataset data,
            CrossValidation.Result result,
            double reference) {
        System.out.printf(
                Locale.ROOT,
                "%s (%s): %d rows, %d inputs, AUC mean over folds %.4f, pooled %.4f,"
                        + " scikit-learn reference %.3f%n",
                name,
                folds,
                data.trainingSet().size(),
                data.trainingSet().featureNames().size(),
                result.meanAuc(),
                result.pooledAuc(),
                reference);
    }

    /** Rule: failing the first period counts 2, 10 or more absences counts 1. */
    private static double[] porRule(Dataset data) {
        TrainingSet set = data.trainingSet();
        int failing = set.featureNames().indexOf(GradeMeasurementFeatures.FAILING_COUNT);
        int absences = set.featureNames().indexOf("absences");
        double[][] rows = set.rows();
        double[] rule = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            rule[i] = (rows[i][failing] > 0 ? 2 : 0) + (rows[i][absences] >= 10 ? 1 : 0);
        }
        return rule;
    }

    /** Rule: no first-semester unit passed counts 2, tuition fees in arrears counts 1. */
    private static double[] dropoutRule(Dataset data) {
        TrainingSet set = data.trainingSet();
        int approved =
                set.featureNames()
                        .indexOf(GradeMeasurementFeatures.MEASUREMENT_PREFIX + "s1.units_approved");
        int fees = set.featureNames().indexOf("Tuition fees up to date");
        double[][] rows = set.rows();
        double[] rule = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            rule[i] = (rows[i][approved] == 0 ? 2 : 0) + (rows[i][fees] == 0 ? 1 : 0);
        }
        return rule;
    }

    private static void gate(
            String name,
            String ruleName,
            CrossValidation.Result model,
            double[] rule,
            Dataset data,
            double flagRate) {
        boolean[] labels = data.trainingSet().labels();
        GateResult result =
                new BaselineGate(flagRate, 2000, 0.95, SEED, 0)
                        .compare(model.probabilities(), rule, labels);
        System.out.printf(
                Locale.ROOT,
                "%s, %s baseline: AUC %.4f; at flag rate %.2f recall model %.3f rule %.3f,"
                        + " difference %.3f [%.3f, %.3f], passes %s%n",
                name,
                ruleName,
                Metrics.rocAuc(rule, labels),
                flagRate,
                result.modelRecall(),
                result.ruleRecall(),
                result.recallDifference(),
                result.recallDifferenceLower(),
                result.recallDifferenceUpper(),
                result.passes());
    }

    /**
     * Scores each row of the data set with the EWIMS rule pack through {@link RiskScorer}: the sum
     * over its indicators of the band's rank (watch 1, high 2). The pack's effective date is 2013,
     * so for an earlier as-of date it is applied as a copy dated 2005.
     */
    private static double[] ewims(Cohort cohort, Dataset data, LocalDate asOf) throws IOException {
        JsonRulePack pack = RulePacks.get(RulePacks.EWIMS);
        if (asOf.isBefore(LocalDate.of(2013, 1, 1))) {
            try (InputStream in = RulePacks.class.getResourceAsStream("packs/ewims.json")) {
                String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String dated = json.replace("\"2013-01-01\"", "\"2005-01-01\"");
                assertNotEquals(json, dated, "the EWIMS pack's effective date changed");
                pack = JsonRulePack.parse(dated);
            }
        }
        RiskScorer scorer = RiskScorer.builder().rulePacks(pack).build();
        Map<StudentKey, Double> scores = new HashMap<>();
        for (RiskAssessment assessment : scorer.assess(cohort, asOf)) {
            double score = 0;
            for (Indicator indicator : assessment.indicators()) {
                score +=
                        switch (indicator.band()) {
                            case NONE -> 0;
                            case WATCH -> 1;
                            case HIGH -> 2;
                        };
            }
            scores.put(assessment.student(), score);
        }
        double[] rule = new double[data.students().size()];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = scores.get(data.students().get(i));
        }
        return rule;
    }

    private static void printEvaluation(
            String name, CrossValidation.Result model, Dataset data, String groupAttribute) {
        EvaluationReport report =
                Evaluator.defaults()
                        .evaluate(
                                model.probabilities(),
                                data.trainingSet().labels(),
                                Map.of(groupAttribute, data.groups(groupAttribute)));
        System.out.printf(
                Locale.ROOT,
                "%s out-of-fold: AUC %.4f [%.4f, %.4f] (DeLong), PR AUC %.4f, Brier %.4f%n",
                name,
                report.auc(),
                report.aucInterval().lower(),
                report.aucInterval().upper(),
                report.prAuc(),
                report.brier());
    }

    private static int count(boolean[] labels) {
        int count = 0;
        for (boolean label : labels) {
            count += label ? 1 : 0;
        }
        return count;
    }
}
