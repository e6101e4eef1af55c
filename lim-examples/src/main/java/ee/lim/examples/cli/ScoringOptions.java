package ee.lim.examples.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose how risk is scored, shared by run and evaluate. */
final class ScoringOptions {
    @Option(
            names = "--rule-pack",
            paramLabel = "ID",
            description =
                    "Id of an indicator rule pack to apply, a plugin or one bundled with LIM;"
                            + " repeatable. Default: every rule pack in force on the as-of date"
                            + " (see 'lim plugins').")
    List<String> rulePacks = new ArrayList<>();

    @Option(
            names = "--model",
            paramLabel = "ID",
            defaultValue = "logistic",
            description =
                    "Risk model provider id, or 'none' for rules only. The model is trained on the"
                            + " cohort's known outcomes; each student is scored by a model that"
                            + " did not see that student's outcome. Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(
            names = "--folds",
            paramLabel = "K",
            defaultValue = "5",
            description = "Number of cross-validation folds, 2 to 20. Default: ${DEFAULT-VALUE}.")
    int folds;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "20260904",
            description = "Seed of the fold assignment. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--jurisdiction",
            paramLabel = "ID",
            description =
                    "Id of the jurisdiction profile (grade scale, study periods, school rules) the"
                            + " features and rules use. Default: pt-secondary for the uci source,"
                            + " pt-higher for uci-dropout, otherwise ee when present.")
    String jurisdiction;

    boolean usesModel() {
        return !model.equals("none");
    }
}
