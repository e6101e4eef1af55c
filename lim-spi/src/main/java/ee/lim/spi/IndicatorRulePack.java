package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A named, versioned set of transparent indicator rules, such as the ABC flags or a statutory
 * absence rule.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface IndicatorRulePack extends LimPlugin {
    /**
     * Tells whether the pack is in force on a date. Rules change; a pack can end and another
     * version begin.
     *
     * @param asOf the as-of date; never {@code null}
     * @return {@code true} if the pack applies on that date
     */
    boolean isInForceOn(LocalDate asOf);

    /**
     * Evaluates the rules for one student.
     *
     * @param context the student, observations before the as-of date and features; never {@code
     *     null}
     * @return one indicator per rule that could be evaluated, raised or not; never {@code null}
     */
    List<Indicator> evaluate(RuleContext context);

    /**
     * Explains one of this pack's indicators to school staff in their language: what was measured
     * and what can be done. The engine uses this text in place of its generic one, so a pack with
     * rules of its own can explain them in words a teacher can act on.
     *
     * <p>The default returns empty, and the engine then renders the indicator's id, value and
     * threshold. The text must not contain the student's key or other personal data.
     *
     * @param indicator an indicator this pack produced; never {@code null}
     * @param locale the reader's language, such as Estonian or English; never {@code null}
     * @return the explanation, or empty to use the engine's generic text
     * @since 0.1
     */
    default Optional<String> explain(Indicator indicator, Locale locale) {
        return Optional.empty();
    }
}
