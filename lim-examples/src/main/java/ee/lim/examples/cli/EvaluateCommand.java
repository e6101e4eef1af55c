package ee.lim.examples.cli;

import ee.lim.core.Engine;
import ee.lim.examples.report.EvaluationOutput;
import ee.lim.examples.report.ModelQuality;
import ee.lim.examples.report.ReportJson;
import ee.lim.spi.CohortSource;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lim evaluate}: measures the model and the rule packs on a cohort with outcomes. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Train and evaluate the model and the rule packs on a cohort with known outcomes, by"
                    + " k-fold cross-validation or a time-ordered split.",
            "Prints a table, or with --json the metrics (auc, pr_auc, brier, per-group table) as"
                    + " JSON on standard output."
        })
final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin SourceOptions source;

    @Mixin ScoringOptions scoring;

    @Option(
            names = "--split",
            paramLabel = "KIND",
            defaultValue = "kfold",
            description =
                    "kfold: stratified k-fold cross-validation; time: train on the earlier"
                            + " students, test on the later ones. Default: ${DEFAULT-VALUE}.")
    Split split;

    @Option(names = "--json", description = "Print the metrics as JSON.")
    boolean json;

    /** The way students are split into training and test sets. */
    enum Split {
        /** Stratified k-fold cross-validation. */
        kfold,
        /** Train on the earlier part, test on the later part. */
        time
    }

    @Override
    public Integer call() {
        Progress progress = Progress.onTerminal(spec.commandLine().getErr());
        Engine engine = Plugins.engine();
        CohortSource cohortSource =
                Plugins.require(
                        engine, CohortSource.class, source.source, spec.commandLine(), "--source");
        CohortLoader.checkInput(source, spec.commandLine());
        Scorers scorers = Scorers.choose(engine, scoring, source.source, spec.commandLine());
        LoadedCohort loaded = CohortLoader.load(cohortSource, source, spec.commandLine(), progress);
        EvaluateRequest request =
                new EvaluateRequest(
                        engine,
                        loaded,
                        AsOf.resolve(source.asOf, loaded.cohort(), engine.clock()),
                        scorers,
                        scoring,
                        split.name());
        EvaluationOutput report = new EvaluatePipeline(request, progress, spec.commandLine()).run();

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(ReportJson.write(report));
        } else {
            out.printf(
                    "%s, %s split, %d students, as of %s%n",
                    loaded.input(),
                    report.split(),
                    report.scorers().get(0).evaluation().size(),
                    report.provenance().asOf());
            out.printf("%-28s %7s %7s %7s%n", "SCORER", "AUC", "PR_AUC", "BRIER");
            for (ModelQuality quality : report.scorers()) {
                out.printf(
                        Locale.ROOT,
                        "%-28s %7s %7s %7.3f%n",
                        quality.scorer(),
                        format(quality.evaluation().auc()),
                        format(quality.evaluation().prAuc()),
                        quality.evaluation().brier());
            }
        }
        out.flush();
        return Lim.OK;
    }

    private static String format(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
