package ee.lim.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ee.lim.core.evaluation.BaselineGate;
import ee.lim.core.evaluation.CrossValidation;
import ee.lim.core.evaluation.EvaluationReport;
import ee.lim.core.evaluation.Evaluator;
import ee.lim.core.evaluation.GateResult;
import ee.lim.core.evaluation.Metrics;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.risk.TrainingSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Trains and cross-validates the logistic model on the two UCI files (5-fold stratified, seed 1)
 * and prints LIM's figures next to a rule baseline; docs/model.md quotes the output.
 *
 * <p>{@code -Dlim.uci.seeds=5} repeats the cross-validation with seeds 1 to 5; {@code
 * -Dlim.uci.folds=DIR} also scores LIM on the folds that {@code uci_reference.py} wrote to DIR, the
 * same rows as the scikit-learn reference.
 */
class UciRealDataTest {
    private static final int FOLDS = 5;
    private static final long SEED = 1;

    @Test
    void portuguese_reachesReferenceAuc() throws IOException {
        Path file = UciFiles.dataDirectory().resolve("uci-student-performance/student-por.csv");
        assumeTrue(Files.isReadable(file), "UCI data not found at " + file);
        Cohort cohort = UciFiles.portuguese(file);

        Dataset defaults = build(cohort, FeatureSelection.defaults(), LabelRule.failed());
        Dataset withProtected =
                build(
                        cohort,
                        FeatureSelection.defaults().withProtectedInputs(UciFiles.POR_PROTECTED),
                        LabelRule.failed());

        assertEquals(649, defaults.trainingSet().size());
        assertEquals(100, count(defaults.trainingSet().labels()));
        assertTrue(
                defaults.trainingSet().featureNames().stream()
                        .noneMatch(n -> n.startsWith("sex") || n.startsWith("Medu")),
                "protected attributes are not inputs by default");
        CrossValidation.Result all =
                report("por, all columns but G2/G3", withProtected, 0.940, "por_folds.txt");
        CrossValidation.Result plain =
                report("por, protected excluded", defaults, 0.940, "por_folds.txt");
        double[] rule = porRule(defaults);
        gate("por", plain, rule, defaults, 0.15);
        printEvaluation("por, protected excluded", plain, defaults, "sex");
        assertTrue(all.pooledAuc() > 0.90, "pooled AUC " + all.pooledAuc());
        assertTrue(plain.pooledAuc() > 0.90, "pooled AUC " + plain.pooledAuc());
    }

    @Test
    void dropout_reachesReferenceAuc() throws IOException {
        Path file = UciFiles.dataDirectory().resolve("uci-predict-students-dropout/data.csv");
        assumeTrue(Files.isReadable(file), "UCI data not found at " + file);
        Cohort cohort = UciFiles.dropout(file);

        Dataset defaults = build(cohort, FeatureSelection.defaults(), LabelRule.droppedOut());
        Dataset withProtected =
                build(
                        cohort,
                        FeatureSelection.defaults().withProtectedInputs(UciFiles.DROPOUT_PROTECTED),
                        LabelRule.droppedOut());

        assertEquals(4424, defaults.trainingSet().size());
        assertEquals(36, withProtected.trainingSet().featureNames().size());
        CrossValidation.Result all =
                report("dropout, all 36 columns", withProtected, 0.918, "dropout_folds.txt");
        CrossValidation.Result plain =
                report("dropout, protected excluded", defaults, 0.918, "dropout_folds.txt");
        gate("dropout", plain, dropoutRule(defaults), defaults, 0.32);
        printEvaluation("dropout, protected excluded", plain, defaults, "Gender");
        assertTrue(all.pooledAuc() > 0.90, "pooled AUC " + all.pooledAuc());
        assertTrue(plain.pooledAuc() > 0.88, "pooled AUC " + plain.pooledAuc());
    }

    private static Dataset build(Cohort cohort, FeatureSelection selection, LabelRule rule) {
        return new DatasetBuilder(selection, new GradeMeasurementFeatures(), rule)
                .build(cohort, UciFiles.AS_OF);
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
        int approved = set.featureNames().indexOf("Curricular units 1st sem (approved)");
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
                "%s rule baseline: AUC %.4f; at flag rate %.2f recall model %.3f rule %.3f,"
                        + " difference %.3f [%.3f, %.3f], passes %s%n",
                name,
                Metrics.rocAuc(rule, labels),
                flagRate,
                result.modelRecall(),
                result.ruleRecall(),
                result.recallDifference(),
                result.recallDifferenceLower(),
                result.recallDifferenceUpper(),
                result.passes());
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
