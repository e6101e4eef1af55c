package ee.lim.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.Outcome;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The outcome types that count as adverse when {@link DatasetBuilder} labels a student. A student
 * is labelled adverse if any outcome dated on or after the as-of date has one of these types. A
 * student with such outcomes but none of these types is labelled not adverse. A student with no
 * outcome on or after the as-of date has no label and is skipped.
 *
 * <p>Immutable and thread-safe.
 *
 * @param adverse the adverse outcome types, at least one; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LabelRule(Set<Outcome.Type> adverse) {
    /**
     * Creates the record, validating and copying the field.
     *
     * @param adverse the adverse outcome types, at least one; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if the set is {@code null} or empty
     */
    public LabelRule {
        adverse = Checks.setOf(adverse, "LabelRule.adverse");
        Checks.require(
                !adverse.isEmpty(), "LabelRule.adverse", "LabelRule.adverse is empty; name a type");
    }

    /**
     * Returns the rule for early school leaving: {@code DROPPED_OUT} is adverse.
     *
     * @return the rule
     */
    public static LabelRule droppedOut() {
        return new LabelRule(Set.of(Outcome.Type.DROPPED_OUT));
    }

    /**
     * Returns the rule for course failure: {@code FAILED} is adverse.
     *
     * @return the rule
     */
    public static LabelRule failed() {
        return new LabelRule(Set.of(Outcome.Type.FAILED));
    }

    /**
     * Tells whether an outcome type is adverse.
     *
     * @param type the type
     * @return {@code true} if it is in {@link #adverse()}
     */
    public boolean isAdverse(Outcome.Type type) {
        return adverse.contains(type);
    }
}
