package ee.lim.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.Student;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Turns the raw strings of {@link Student#attributes()} into numeric features.
 *
 * <p>{@link #fit(Collection, FeatureSelection)} looks at every student and types each attribute by
 * its non-blank values. All numbers make a numeric feature named after the attribute. All {@code
 * yes}/{@code no} (any case) make a 0/1 feature named after the attribute. Anything else makes one
 * 0/1 feature per distinct value, named {@code attribute=value}, in sorted order. A blank or absent
 * value is missing ({@code NaN}), which the model replaces by its training mean. At scoring time,
 * text in a numeric attribute is also missing. A category not seen in training is 0 on every level
 * of its attribute.
 *
 * <p>The feature names alone determine the encoding, so {@link #forFeatures(List,
 * FeatureSelection)} rebuilds the encoder of a saved model from its {@code featureNames()}.
 * Attribute names that contain {@code '='} cannot be told apart from one-hot levels and are skipped
 * by {@code fit}, which lists them in {@link #skippedAttributes()}.
 *
 * <p>Immutable and thread-safe. Arguments must not be {@code null}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AttributeEncoder {
    private final FeatureSelection selection;
    private final List<String> featureNames;
    private final List<String> attributes;
    private final List<String> levels;
    private final List<String> skipped;

    private AttributeEncoder(
            FeatureSelection selection, List<String> featureNames, List<String> skipped) {
        this.selection = selection;
        this.featureNames = List.copyOf(featureNames);
        this.skipped = List.copyOf(skipped);
        List<String> attributeList = new ArrayList<>();
        List<String> levelList = new ArrayList<>();
        for (String name : featureNames) {
            int eq = name.indexOf('=');
            attributeList.add(eq < 0 ? name : name.substring(0, eq));
            levelList.add(eq < 0 ? null : name.substring(eq + 1));
        }
        this.attributes = attributeList;
        this.levels = levelList;
    }

    /**
     * Types every selected attribute from the students' values. Runs in O(students x attributes x
     * log).
     *
     * @param students the students to learn the attribute types from; never {@code null}
     * @param selection which attributes are inputs; never {@code null}
     * @return the encoder
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null}
     */
    public static AttributeEncoder fit(Collection<Student> students, FeatureSelection selection) {
        Checks.listOf(students, "students");
        Checks.present(selection, "selection");
        Map<String, Set<String>> values = new TreeMap<>();
        for (Student student : students) {
            for (Map.Entry<String, String> entry : selected(student, selection).entrySet()) {
                Set<String> seen = values.computeIfAbsent(entry.getKey(), k -> new TreeSet<>());
                String value = entry.getValue().trim();
                if (!value.isEmpty()) {
                    seen.add(value);
                }
            }
        }
        List<String> names = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : values.entrySet()) {
            String attribute = entry.getKey();
            if (attribute.indexOf('=') >= 0 || attribute.isBlank()) {
                skipped.add(attribute);
                continue;
            }
            Set<String> seen = entry.getValue();
            if (seen.stream().allMatch(v -> !Double.isNaN(number(v)))
                    || seen.stream().allMatch(v -> !Double.isNaN(yesNo(v)))) {
                names.add(attribute);
            } else {
                for (String level : seen) {
                    names.add(attribute + "=" + level);
                }
            }
        }
        return new AttributeEncoder(selection, names, skipped);
    }

    /**
     * Rebuilds the encoder for a saved model: every name without {@code '='} is read as a number or
     * yes/no, every {@code attribute=value} as a one-hot level. Names that are not attributes (such
     * as observation features) are fine: they encode as missing.
     *
     * @param featureNames the model's feature names; never {@code null}
     * @param selection the selection the model was trained with; never {@code null}
     * @return the encoder
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null}
     */
    public static AttributeEncoder forFeatures(
            List<String> featureNames, FeatureSelection selection) {
        return new AttributeEncoder(
                Checks.present(selection, "selection"),
                Checks.listOf(featureNames, "featureNames"),
                List.of());
    }

    /**
     * Returns the feature names, in encoding order.
     *
     * @return the names; never {@code null}
     */
    public List<String> featureNames() {
        return featureNames;
    }

    /**
     * Returns the attributes that {@code fit} skipped because their names contain {@code '='}.
     *
     * @return the names, sorted; empty for an encoder from {@link #forFeatures(List,
     *     FeatureSelection)}
     */
    public List<String> skippedAttributes() {
        return skipped;
    }

    /**
     * Encodes one student.
     *
     * @param student the student; never {@code null}
     * @return one value per feature name, missing as {@code NaN}
     * @throws ee.lim.spi.InvalidInputException if the student is {@code null}
     */
    public double[] encode(Student student) {
        Map<String, String> source = selected(Checks.present(student, "student"), selection);
        double[] out = new double[featureNames.size()];
        for (int j = 0; j < out.length; j++) {
            String raw = source.get(attributes.get(j));
            String value = raw == null ? "" : raw.trim();
            String level = levels.get(j);
            if (value.isEmpty()) {
                out[j] = Double.NaN;
            } else if (level != null) {
                out[j] = value.equals(level) ? 1 : 0;
            } else {
                double number = number(value);
                out[j] = Double.isNaN(number) ? yesNo(value) : number;
            }
        }
        return out;
    }

    private static Map<String, String> selected(Student student, FeatureSelection selection) {
        Map<String, String> result = new TreeMap<>();
        for (Map.Entry<String, String> entry : student.attributes().entrySet()) {
            if (!selection.excludedAttributes().contains(entry.getKey())) {
                result.put(entry.getKey(), entry.getValue());
            }
        }
        for (Map.Entry<String, String> entry : student.protectedAttributes().entrySet()) {
            if (selection.protectedInputs().contains(entry.getKey())) {
                result.put(entry.getKey(), entry.getValue());
            }
        }
        return result;
    }

    /** Parses a finite decimal number, or returns NaN. */
    private static double number(String value) {
        try {
            double parsed = Double.parseDouble(value);
            return Double.isFinite(parsed)
                            && !value.endsWith("d")
                            && !value.endsWith("f")
                            && !value.endsWith("D")
                            && !value.endsWith("F")
                    ? parsed
                    : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double yesNo(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("yes")) {
            return 1;
        }
        if (lower.equals("no")) {
            return 0;
        }
        return Double.NaN;
    }
}
