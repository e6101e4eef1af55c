package ee.lim.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.TrainingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Builds a {@link TrainingSet} from a {@link Cohort} as of a date.
 *
 * <p>Each student's inputs are the encoded attributes ({@link AttributeEncoder}, category {@code
 * BACKGROUND}) followed by the observation features of the {@link FeatureFunction}, which receives
 * only observations dated strictly before the as-of date. The label comes from the student's
 * outcomes dated on or after the as-of date, by the {@link LabelRule}. Columns are attribute
 * features in attribute order, then observation features by name, so the same cohort always gives
 * the same columns.
 *
 * <p>A student without an outcome on or after the as-of date, or whose feature function failed or
 * returned an infinite value, is left out and listed in {@link Dataset#skipped()} with the reason;
 * the others still go through. Protected attributes are never inputs unless the {@link
 * FeatureSelection} opts in, and are always kept in {@link Dataset#protectedAttributes()}.
 *
 * <p>Immutable and thread-safe if the feature function is. Runs in O(observations log observations
 * + students x features).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DatasetBuilder {
    private final FeatureSelection selection;
    private final FeatureFunction function;
    private final LabelRule labelRule;

    /**
     * Creates a builder.
     *
     * @param selection which attributes are inputs; never {@code null}
     * @param function the observation features; never {@code null}
     * @param labelRule which outcomes are adverse; never {@code null}
     * @throws InvalidInputException if an argument is {@code null}
     */
    public DatasetBuilder(
            FeatureSelection selection, FeatureFunction function, LabelRule labelRule) {
        this.selection = Checks.present(selection, "selection");
        this.function = Checks.present(function, "function");
        this.labelRule = Checks.present(labelRule, "labelRule");
    }

    /**
     * Builds the training data.
     *
     * @param cohort the students and observations; never {@code null}
     * @param asOf the as-of date; never {@code null}
     * @return the data set
     * @throws InvalidInputException if an argument is {@code null}, or an observation feature has
     *     the name of an attribute feature
     */
    public Dataset build(Cohort cohort, LocalDate asOf) {
        Checks.present(cohort, "cohort");
        Checks.present(asOf, "asOf");
        Map<StudentKey, List<Observation>> byStudent = sortedByDate(cohort);
        List<Student> labelled = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<Map<String, Double>> computed = new ArrayList<>();
        List<SkippedStudent> skipped = new ArrayList<>();
        Set<String> observationNames = new TreeSet<>();
        for (Student student : cohort.students()) {
            List<Observation> observations = byStudent.get(student.key());
            Boolean label = label(observations, asOf);
            if (label == null) {
                skipped.add(
                        new SkippedStudent(
                                student.key(), "no outcome on or after the as-of date " + asOf));
                continue;
            }
            Map<String, Double> values = new LinkedHashMap<>();
            String problem = compute(student, observations, asOf, values);
            if (problem != null) {
                skipped.add(new SkippedStudent(student.key(), problem));
                continue;
            }
            labelled.add(student);
            labels.add(label);
            computed.add(values);
            observationNames.addAll(values.keySet());
        }

        AttributeEncoder encoder = AttributeEncoder.fit(labelled, selection);
        List<String> names = new ArrayList<>(encoder.featureNames());
        Set<String> attributeNames = new HashSet<>(names);
        List<FactorCategory> categories = new ArrayList<>();
        names.forEach(name -> categories.add(FactorCategory.BACKGROUND));
        for (String name : observationNames) {
            if (attributeNames.contains(name)) {
                throw new InvalidInputException(
                        "function",
                        "feature '"
                                + name
                                + "' is both an attribute and an observation feature; rename"
                                + " one or exclude the attribute in the FeatureSelection");
            }
            names.add(name);
            categories.add(function.category(name));
        }
        double[][] rows = new double[labelled.size()][];
        boolean[] labelArray = new boolean[labelled.size()];
        List<StudentKey> keys = new ArrayList<>();
        List<Map<String, String>> protectedAttributes = new ArrayList<>();
        int attributeCount = encoder.featureNames().size();
        for (int i = 0; i < rows.length; i++) {
            Student student = labelled.get(i);
            double[] row = new double[names.size()];
            System.arraycopy(encoder.encode(student), 0, row, 0, attributeCount);
            for (int j = attributeCount; j < row.length; j++) {
                row[j] = computed.get(i).getOrDefault(names.get(j), Double.NaN);
            }
            rows[i] = row;
            labelArray[i] = labels.get(i);
            keys.add(student.key());
            protectedAttributes.add(student.protectedAttributes());
        }
        for (String attribute : encoder.skippedAttributes()) {
            for (Student student : labelled) {
                if (student.attributes().containsKey(attribute)) {
                    skipped.add(
                            new SkippedStudent(
                                    student.key(),
                                    "attribute '"
                                            + attribute
                                            + "' not used: its name contains '='"));
                }
            }
        }
        return new Dataset(
                new TrainingSet(names, categories, rows, labelArray),
                asOf,
                keys,
                protectedAttributes,
                skipped);
    }

    /**
     * Computes the input rows of a saved model's features for every student of a cohort, to score
     * them. Attribute features are rebuilt from the names ({@link
     * AttributeEncoder#forFeatures(List, FeatureSelection)}); a name the feature function returns
     * takes its value from there. Students whose feature function fails get missing observation
     * features.
     *
     * @param cohort the students and observations; never {@code null}
     * @param asOf the as-of date; never {@code null}
     * @param featureNames the model's feature names; never {@code null}
     * @return each student's row, in student order
     * @throws InvalidInputException if an argument is {@code null}
     */
    public Map<StudentKey, double[]> rows(
            Cohort cohort, LocalDate asOf, List<String> featureNames) {
        Checks.present(cohort, "cohort");
        Checks.present(asOf, "asOf");
        List<String> names = Checks.listOf(featureNames, "featureNames");
        AttributeEncoder encoder = AttributeEncoder.forFeatures(names, selection);
        Map<StudentKey, List<Observation>> byStudent = sortedByDate(cohort);
        Map<StudentKey, double[]> result = new LinkedHashMap<>();
        for (Student student : cohort.students()) {
            Map<String, Double> values = new LinkedHashMap<>();
            if (compute(student, byStudent.get(student.key()), asOf, values) != null) {
                values.clear();
            }
            double[] row = encoder.encode(student);
            for (int j = 0; j < row.length; j++) {
                Double value = values.get(names.get(j));
                if (value != null) {
                    row[j] = value;
                }
            }
            result.put(student.key(), row);
        }
        return result;
    }

    private static Map<StudentKey, List<Observation>> sortedByDate(Cohort cohort) {
        Map<StudentKey, List<Observation>> byStudent = cohort.observationsByStudent();
        for (List<Observation> observations : byStudent.values()) {
            observations.sort(Comparator.comparing(Observation::date));
        }
        return byStudent;
    }

    private Boolean label(List<Observation> observations, LocalDate asOf) {
        Boolean label = null;
        for (Observation observation : observations) {
            if (observation instanceof Outcome outcome && !outcome.date().isBefore(asOf)) {
                boolean adverse = labelRule.isAdverse(outcome.type());
                label = (label != null && label) || adverse;
            }
        }
        return label;
    }

    /** Fills {@code out} with the observation features, or returns why it could not. */
    private String compute(
            Student student,
            List<Observation> observations,
            LocalDate asOf,
            Map<String, Double> out) {
        List<Observation> before = new ArrayList<>();
        for (Observation observation : observations) {
            if (observation.date().isBefore(asOf)) {
                before.add(observation);
            }
        }
        Map<String, Double> values;
        try {
            values = function.features(student, List.copyOf(before), asOf);
        } catch (RuntimeException e) {
            // The message may quote the student's data, so only the type is reported.
            return "feature function failed with " + e.getClass().getName();
        }
        if (values == null) {
            return "feature function returned null";
        }
        for (Map.Entry<String, Double> entry : values.entrySet()) {
            Double value = entry.getValue();
            if (entry.getKey() == null || entry.getKey().isBlank()) {
                return "feature function returned a blank feature name";
            }
            if (value == null || Double.isInfinite(value)) {
                return "feature function returned no finite value or NaN for '"
                        + entry.getKey()
                        + "'";
            }
            out.put(entry.getKey(), value);
        }
        return null;
    }
}
