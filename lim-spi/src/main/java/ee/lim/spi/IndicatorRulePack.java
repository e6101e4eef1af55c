package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RuleContext;
import java.time.LocalDate;
import java.util.List;
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
}
