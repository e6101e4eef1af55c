package ee.lim.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The choice of student attributes that become model inputs.
 *
 * <p>By default every entry of {@code Student.attributes} is an input and no entry of {@code
 * Student.protectedAttributes} (sex, ethnicity, language, family background) is: those stay out of
 * the model and are kept for the fairness audit. A protected attribute becomes an input only when
 * named in {@code protectedInputs}, an explicit opt-in that a researcher should justify.
 *
 * <p>Immutable and thread-safe.
 *
 * @param protectedInputs names of protected attributes to use as inputs; never {@code null}
 * @param excludedAttributes names of ordinary attributes to leave out; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FeatureSelection(Set<String> protectedInputs, Set<String> excludedAttributes) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param protectedInputs names of protected attributes to use as inputs; never {@code null}
     * @param excludedAttributes names of ordinary attributes to leave out; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a set or an element is {@code null}
     */
    public FeatureSelection {
        protectedInputs = Checks.setOf(protectedInputs, "FeatureSelection.protectedInputs");
        excludedAttributes =
                Checks.setOf(excludedAttributes, "FeatureSelection.excludedAttributes");
    }

    /**
     * Returns the default: all ordinary attributes, no protected ones.
     *
     * @return the default selection
     */
    public static FeatureSelection defaults() {
        return new FeatureSelection(Set.of(), Set.of());
    }

    /**
     * Returns a copy that also uses the named protected attributes as inputs.
     *
     * @param names protected attribute names; never {@code null}
     * @return the new selection
     */
    public FeatureSelection withProtectedInputs(Set<String> names) {
        Set<String> union = new java.util.HashSet<>(protectedInputs);
        union.addAll(Checks.setOf(names, "names"));
        return new FeatureSelection(union, excludedAttributes);
    }

    /**
     * Returns a copy that leaves the named ordinary attributes out.
     *
     * @param names attribute names; never {@code null}
     * @return the new selection
     */
    public FeatureSelection withExcludedAttributes(Set<String> names) {
        Set<String> union = new java.util.HashSet<>(excludedAttributes);
        union.addAll(Checks.setOf(names, "names"));
        return new FeatureSelection(protectedInputs, union);
    }
}
