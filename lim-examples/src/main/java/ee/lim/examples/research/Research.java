package ee.lim.examples.research;

import ee.lim.core.Engine;
import ee.lim.core.evaluation.CrossValidation;
import ee.lim.core.evaluation.EvaluationReport;
import ee.lim.core.evaluation.Evaluator;
import ee.lim.core.evaluation.GroupRow;
import ee.lim.core.evaluation.GroupTable;
import ee.lim.core.model.Dataset;
import ee.lim.core.model.DatasetBuilder;
import ee.lim.core.model.FeatureSelection;
import ee.lim.core.model.GradeMeasurementFeatures;
import ee.lim.core.model.LabelRule;
import ee.lim.plugin.uci.UciDatasets;
import ee.lim.spi.CohortSource;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.RiskModelProvider;
import ee.lim.spi.SourceInput;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Short entry points for researchers in JShell: load a cohort, cross-validate the logistic model,
 * print the fairness table.
 *
 * <pre>{@code
 * var cohort = Research.uci();
 * var report = Research.evaluate(cohort, 5, 42);
 * report.auc();
 * System.out.println(Research.fairnessTable(report));
 * }</pre>
 *
 * <p>The model is trained on the cohort's attributes and grade features as of the day after the
 * first grading date; protected attributes are not inputs and are used only for the per-group
 * table. {@code DROPPED_OUT} and {@code FAILED} outcomes count as adverse. Every method discovers
 * plugins afresh and keeps no state, so the class is thread-safe.
 */
public final class Research {
    /** The outcomes that count as adverse. */
    public static final LabelRule ADVERSE =
            new LabelRule(Set.of(Outcome.Type.DROPPED_OUT, Outcome.Type.FAILED));

    private Research() {}

    /**
     * Loads the bundled UCI {@code student-por.csv} (649 students, school year 2005/06; CC BY 4.0,
     * Cortez and Silva 2008).
     *
     * @return the cohort
     * @throws ee.lim.spi.LimException if the uci plugin is missing or the file cannot be read
     */
    public static Cohort uci() {
        return load("uci", UciDatasets.bundledStudentPorInput());
    }

    /**
     * Loads a cohort with a source plugin, such as {@code load("uci", "student-mat.csv")}.
     *
     * @param sourceId the cohort source plugin id; never {@code null}
     * @param path the file or folder it reads; never {@code null}
     * @return the cohort; rejected records are left out (use the plugin directly to see them)
     * @throws ee.lim.spi.LimException if the plugin is missing or the input cannot be read
     */
    public static Cohort load(String sourceId, String path) {
        return load(sourceId, SourceInput.of(Path.of(path)));
    }

    private static Cohort load(String sourceId, SourceInput input) {
        CohortSource source = engine().plugin(CohortSource.class, sourceId);
        List<School> schools = new ArrayList<>();
        List<Student> students = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        source.read(
                input,
                new ee.lim.spi.model.CohortSink() {
                    @Override
                    public void school(School school) {
                        schools.add(school);
                    }

                    @Override
                    public void student(Student student) {
                        students.add(student);
                    }

                    @Override
                    public void observation(Observation observation) {
                        observations.add(observation);
                    }
                });
        return new Cohort(schools, students, observations);
    }

    /**
     * Returns the as-of date the evaluation uses: the day after the cohort's first grading date.
     *
     * @param cohort the cohort; never {@code null}
     * @return the date
     * @throws InvalidInputException if the cohort has no grade
     */
    public static LocalDate firstPeriodEnd(Cohort cohort) {
        return cohort.observations().stream()
                .filter(o -> o instanceof Grade)
                .map(Observation::date)
                .min(LocalDate::compareTo)
                .map(date -> date.plusDays(1))
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "cohort", "The cohort has no grade to take a date from"));
    }

    /**
     * Cross-validates the {@code logistic} model and evaluates its out-of-fold probabilities.
     *
     * @param cohort the cohort with known outcomes; never {@code null}
     * @param folds the number of stratified folds, 2 or more
     * @param seed the fold seed
     * @return AUC with interval, PR AUC, Brier score, calibration and per-group tables
     * @throws InvalidInputException if the labelled students are too few for the folds
     */
    public static EvaluationReport evaluate(Cohort cohort, int folds, long seed) {
        Dataset dataset =
                new DatasetBuilder(
                                FeatureSelection.defaults(),
                                new GradeMeasurementFeatures(),
                                ADVERSE)
                        .build(cohort, firstPeriodEnd(cohort));
        RiskModelProvider logistic = engine().plugin(RiskModelProvider.class, "logistic");
        CrossValidation.Result result =
                CrossValidation.run(
                        logistic,
                        dataset.trainingSet(),
                        Map.of("seed", Long.toString(seed)),
                        folds,
                        seed);
        return Evaluator.defaults()
                .evaluate(result.probabilities(), dataset.trainingSet().labels(), groups(dataset));
    }

    /**
     * Formats the per-group tables of an evaluation as text, one line per group.
     *
     * @param report the evaluation; never {@code null}
     * @return the table
     */
    public static String fairnessTable(EvaluationReport report) {
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        Locale.ROOT,
                        "%-12s %-10s %6s %6s %9s %6s %6s %9s%n",
                        "attribute",
                        "group",
                        "n",
                        "pos",
                        "flag_rate",
                        "tpr",
                        "fpr",
                        "precision"));
        for (GroupTable table : report.groups()) {
            for (GroupRow row : table.rows()) {
                if (row.suppressed()) {
                    out.append(
                            String.format(
                                    Locale.ROOT,
                                    "%-12s %-10s  (fewer than %d students: withheld)%n",
                                    table.attribute(),
                                    row.group(),
                                    table.minimumSize()));
                    continue;
                }
                out.append(
                        String.format(
                                Locale.ROOT,
                                "%-12s %-10s %6d %6d %9s %6s %6s %9s%n",
                                table.attribute(),
                                row.group(),
                                row.size(),
                                row.positives(),
                                format(row.flagRate()),
                                format(row.truePositiveRate()),
                                format(row.falsePositiveRate()),
                                format(row.precision())));
            }
        }
        return out.toString();
    }

    private static String format(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static Map<String, String[]> groups(Dataset dataset) {
        Set<String> names = new HashSet<>();
        dataset.protectedAttributes().forEach(attributes -> names.addAll(attributes.keySet()));
        Map<String, String[]> groups = new TreeMap<>();
        for (String name : names) {
            String[] column = dataset.groups(name);
            if (new HashSet<>(List.of(column)).size() <= 6) {
                groups.put(name, column);
            }
        }
        return groups;
    }

    private static Engine engine() {
        return Engine.builder().discover().build();
    }
}
