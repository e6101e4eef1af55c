package ee.lim.examples.cli;

import ee.lim.core.evaluation.Evaluator;
import ee.lim.core.features.FeatureConfig;
import ee.lim.core.model.Dataset;
import ee.lim.core.risk.RiskScorer;
import ee.lim.examples.report.EvaluationOutput;
import ee.lim.examples.report.Metrics;
import ee.lim.examples.report.ModelQuality;
import ee.lim.examples.report.PluginRef;
import ee.lim.examples.report.Provenance;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.RiskAssessment;
import ee.lim.spi.risk.RiskBand;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine;

/**
 * The work of {@code lim evaluate}: the model's out-of-fold quality and each rule pack's quality on
 * the same students.
 *
 * <p>A rule pack needs no training, so it is scored on the model's test students as they are: its
 * score is the band of its most severe indicator (0 none, 0.5 watch, 1 high). The AUC and PR AUC of
 * such a score measure how well it ranks. Its Brier score treats the three levels as probabilities,
 * so it is only a rough guide.
 */
final class EvaluatePipeline {
    private final EvaluateRequest request;
    private final Progress progress;
    private final CommandLine commandLine;

    EvaluatePipeline(EvaluateRequest request, Progress progress, CommandLine commandLine) {
        this.request = request;
        this.progress = progress;
        this.commandLine = commandLine;
    }

    EvaluationOutput run() {
        Cohort cohort = request.cohort().cohort();
        LocalDate asOf = request.asOf();
        List<IndicatorRulePack> packs = request.scorers().inForceOn(asOf, commandLine);
        int folds = request.scoring().folds;
        List<ModelQuality> qualities = new ArrayList<>();

        Dataset dataset;
        int[] rows;
        if (request.scorers().model() != null) {
            OutOfFoldModel.Result model =
                    OutOfFoldModel.fit(
                                    request.scorers().model(),
                                    cohort,
                                    asOf,
                                    request.split(),
                                    folds,
                                    request.scoring().seed,
                                    progress)
                            .orElseThrow(() -> tooFew(OutOfFoldModel.dataset(cohort, asOf)));
            qualities.add(RunPipeline.quality(model));
            dataset = model.dataset();
            rows = model.testRows();
        } else {
            dataset = OutOfFoldModel.dataset(cohort, asOf);
            rows = new int[dataset.students().size()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = i;
            }
        }
        boolean[] allLabels = dataset.trainingSet().labels();
        boolean[] labels = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = allLabels[rows[i]];
        }
        if (!bothClasses(labels)) {
            throw tooFew(dataset);
        }
        FeatureConfig config = FeatureConfig.defaults();
        if (request.scorers().jurisdiction() != null) {
            config = config.withJurisdiction(request.scorers().jurisdiction().jurisdiction(asOf));
        }
        for (IndicatorRulePack pack : packs) {
            progress.start("Evaluating rule pack " + pack.id());
            Map<StudentKey, RiskBand> bands = new HashMap<>();
            for (RiskAssessment a :
                    RiskScorer.builder()
                            .features(config)
                            .rulePacks(pack)
                            .build()
                            .assess(cohort, asOf)) {
                bands.put(a.student(), a.band());
            }
            double[] scores = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                scores[i] = bandScore(bands.get(dataset.students().get(rows[i])));
            }
            qualities.add(
                    new ModelQuality(
                            pack.id(),
                            "rules, no training; band as score",
                            Evaluator.defaults()
                                    .evaluate(scores, labels, GroupColumns.of(dataset, rows)),
                            Metrics.roc(scores, labels)));
            progress.done();
        }
        if (qualities.isEmpty()) {
            throw new InvalidInputException(
                    "--rule-pack",
                    "Nothing to evaluate: --model none and no rule pack in force on " + asOf);
        }
        int foldCount = request.split().equals("time") ? 1 : folds;
        return EvaluationOutput.of(provenance(packs), request.split(), foldCount, qualities);
    }

    private InvalidInputException tooFew(Dataset dataset) {
        boolean[] labels = dataset.trainingSet().labels();
        int positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        return new InvalidInputException(
                "--folds",
                "The cohort has "
                        + labels.length
                        + " students with an outcome after "
                        + request.asOf()
                        + ", "
                        + positives
                        + " of them adverse; evaluating needs both outcomes, at least "
                        + request.scoring().folds
                        + " of each for "
                        + request.scoring().folds
                        + " folds. Use fewer --folds or an earlier --as-of");
    }

    private static boolean bothClasses(boolean[] labels) {
        boolean positive = false;
        boolean negative = false;
        for (boolean label : labels) {
            positive |= label;
            negative |= !label;
        }
        return positive && negative;
    }

    private Provenance provenance(List<IndicatorRulePack> packs) {
        List<PluginRef> plugins = new ArrayList<>();
        plugins.add(Plugins.ref(request.engine(), request.cohort().source()));
        if (request.scorers().jurisdiction() != null) {
            plugins.add(Plugins.ref(request.engine(), request.scorers().jurisdiction()));
        }
        for (IndicatorRulePack pack : packs) {
            plugins.add(Plugins.ref(request.engine(), pack));
        }
        Optional.ofNullable(request.scorers().model())
                .ifPresent(m -> plugins.add(Plugins.ref(request.engine(), m)));
        Map<String, String> configuration = new TreeMap<>();
        configuration.put("model", request.scoring().model);
        configuration.put("split", request.split());
        configuration.put("folds", String.valueOf(request.scoring().folds));
        configuration.put("label_adverse", "DROPPED_OUT, FAILED");
        configuration.put("jurisdiction", request.scorers().jurisdictionId());
        return new Provenance(
                "lim",
                Version.current(),
                Instant.now(request.engine().clock()),
                request.asOf(),
                request.cohort().source().id(),
                request.cohort().input(),
                request.cohort().sha256(),
                request.scoring().seed,
                plugins,
                configuration);
    }

    /** Scores a band for ranking: none 0, watch 0.5, high 1. */
    private static double bandScore(RiskBand band) {
        return switch (band) {
            case NONE -> 0.0;
            case WATCH -> 0.5;
            case HIGH -> 1.0;
        };
    }
}
