package ee.lim.examples.cli;

import ee.lim.core.evaluation.Split;
import ee.lim.core.evaluation.Splits;
import ee.lim.core.model.Dataset;
import ee.lim.core.model.DatasetBuilder;
import ee.lim.core.model.FeatureSelection;
import ee.lim.core.model.GradeMeasurementFeatures;
import ee.lim.core.model.LabelRule;
import ee.lim.core.risk.ModelOutput;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.RiskModelProvider;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.RiskModel;
import ee.lim.spi.risk.TrainingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Trains a risk model on a cohort's known outcomes so that no student is scored by a model that saw
 * their own outcome. Students with an outcome are split into stratified folds, and each is scored
 * by the model trained on the other folds. With a time-ordered split, the later students are scored
 * by the model of the earlier ones, and the earlier students get no score because they are training
 * data only. Students without a known outcome are scored by a model trained on every labelled
 * student.
 *
 * <p>The inputs are the cohort's attributes and grade and measurement features ({@link
 * GradeMeasurementFeatures}) as of the as-of date; protected attributes are not inputs. A student
 * is labelled adverse when an outcome dated on or after the as-of date is {@code DROPPED_OUT} or
 * {@code FAILED}.
 */
final class OutOfFoldModel {
    /** The outcomes that count as adverse. */
    static final LabelRule LABEL_RULE =
            new LabelRule(Set.of(Outcome.Type.DROPPED_OUT, Outcome.Type.FAILED));

    /**
     * A fitted out-of-fold model.
     *
     * @param dataset the labelled students and their rows
     * @param testRows the rows whose scores came from a model that did not train on them
     * @param probabilities the out-of-fold probability of each test row, in {@code testRows} order
     * @param labels the label of each test row
     * @param outputs every scored student's probability and contributions
     * @param scorer the model provider's id
     * @param provenance the model provider and validation, for {@code producedBy}
     * @param validation how scores were kept apart from training, for the report
     */
    // A package-private carrier from one pipeline step to the next: never compared, hashed or
    // printed, so array identity in equals does not matter and copying would only cost.
    @SuppressWarnings("ArrayRecordComponent")
    record Result(
            Dataset dataset,
            int[] testRows,
            double[] probabilities,
            boolean[] labels,
            Map<StudentKey, ModelOutput> outputs,
            String scorer,
            String provenance,
            String validation) {}

    private OutOfFoldModel() {}

    static Dataset dataset(Cohort cohort, LocalDate asOf) {
        return new DatasetBuilder(
                        FeatureSelection.defaults(), new GradeMeasurementFeatures(), LABEL_RULE)
                .build(cohort, asOf);
    }

    /**
     * Fits the model, or returns empty when the labelled students are too few: every fold needs
     * both outcomes.
     */
    static Optional<Result> fit(
            RiskModelProvider provider,
            Cohort cohort,
            LocalDate asOf,
            String split,
            int folds,
            long seed,
            Progress progress) {
        Dataset dataset = dataset(cohort, asOf);
        TrainingSet data = dataset.trainingSet();
        boolean[] labels = data.labels();
        int positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        int negatives = labels.length - positives;
        if (Math.min(positives, negatives) < folds) {
            return Optional.empty();
        }
        Map<String, String> options = Map.of("seed", Long.toString(seed));
        List<Split> splits =
                split.equals("time")
                        ? List.of(Splits.timeOrdered(entryDates(cohort, dataset), 0.7))
                        : Splits.stratifiedKFold(labels, folds, seed);
        checkTestSet(splits, labels);
        double[][] rows = data.rows();
        Map<StudentKey, ModelOutput> outputs = new LinkedHashMap<>();
        List<Integer> tested = new ArrayList<>();
        Map<Integer, Double> probabilityOfRow = new HashMap<>();
        for (int s = 0; s < splits.size(); s++) {
            progress.start("Training the model, split " + (s + 1) + " of " + splits.size());
            Split current = splits.get(s);
            RiskModel model = provider.train(subset(data, current.train()), options);
            for (int row : current.test()) {
                double probability = model.probability(rows[row]);
                outputs.put(
                        dataset.students().get(row),
                        new ModelOutput(probability, model.explain(rows[row])));
                tested.add(row);
                probabilityOfRow.put(row, probability);
            }
            progress.done();
        }
        scoreUnlabelled(provider, cohort, asOf, dataset, options, outputs);

        tested.sort(null);
        int[] testRows = tested.stream().mapToInt(Integer::intValue).toArray();
        double[] probabilities = new double[testRows.length];
        boolean[] testLabels = new boolean[testRows.length];
        for (int i = 0; i < testRows.length; i++) {
            probabilities[i] = probabilityOfRow.get(testRows[i]);
            testLabels[i] = labels[testRows[i]];
        }
        String validation =
                split.equals("time")
                        ? "time-ordered split, earliest 70% train"
                        : folds + "-fold cross-validation";
        return Optional.of(
                new Result(
                        dataset,
                        testRows,
                        probabilities,
                        testLabels,
                        outputs,
                        provider.id(),
                        provider.id() + "@" + provider.version() + " (" + validation + ")",
                        validation));
    }

    /**
     * Checks that the test rows contain both outcomes, which a time-ordered split does not give
     * when the students' first observations fall on too few dates.
     *
     * @throws InvalidInputException naming the cause and the alternative
     */
    private static void checkTestSet(List<Split> splits, boolean[] labels) {
        boolean positive = false;
        boolean negative = false;
        for (Split split : splits) {
            for (int row : split.test()) {
                positive |= labels[row];
                negative |= !labels[row];
            }
        }
        if (!positive || !negative) {
            throw new InvalidInputException(
                    "--split",
                    "The time-ordered split left no test students with both outcomes: the"
                            + " students' first observations fall on too few dates to order them."
                            + " Use --split kfold");
        }
    }

    private static void scoreUnlabelled(
            RiskModelProvider provider,
            Cohort cohort,
            LocalDate asOf,
            Dataset dataset,
            Map<String, String> options,
            Map<StudentKey, ModelOutput> outputs) {
        Set<StudentKey> labelled = new HashSet<>(dataset.students());
        boolean anyUnlabelled =
                cohort.students().stream().anyMatch(s -> !labelled.contains(s.key()));
        if (!anyUnlabelled) {
            return;
        }
        RiskModel full = provider.train(dataset.trainingSet(), options);
        DatasetBuilder builder =
                new DatasetBuilder(
                        FeatureSelection.defaults(), new GradeMeasurementFeatures(), LABEL_RULE);
        Map<StudentKey, double[]> rows = builder.rows(cohort, asOf, full.featureNames());
        rows.forEach(
                (key, row) -> {
                    if (!labelled.contains(key)) {
                        outputs.put(key, new ModelOutput(full.probability(row), full.explain(row)));
                    }
                });
    }

    /**
     * Returns each labelled student's earliest observation date, which orders a time-ordered split.
     */
    private static List<LocalDate> entryDates(Cohort cohort, Dataset dataset) {
        Map<StudentKey, LocalDate> first = new HashMap<>();
        cohort.observations()
                .forEach(o -> first.merge(o.student(), o.date(), (a, b) -> a.isBefore(b) ? a : b));
        List<LocalDate> dates = new ArrayList<>();
        for (StudentKey key : dataset.students()) {
            dates.add(first.getOrDefault(key, dataset.asOf()));
        }
        return dates;
    }

    private static TrainingSet subset(TrainingSet data, int[] indices) {
        double[][] rows = data.rows();
        boolean[] labels = data.labels();
        double[][] subRows = new double[indices.length][];
        boolean[] subLabels = new boolean[indices.length];
        for (int i = 0; i < indices.length; i++) {
            subRows[i] = rows[indices[i]];
            subLabels[i] = labels[indices[i]];
        }
        return new TrainingSet(data.featureNames(), data.categories(), subRows, subLabels);
    }
}
