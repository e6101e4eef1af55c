package ee.lim.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RuleContext;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link IndicatorRulePack}: it evaluates any student without throwing, labels
 * every indicator with its own id, and gives the same answer twice.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class IndicatorRulePackContract extends LimPluginContract<IndicatorRulePack> {
    /** Creates the contract. */
    protected IndicatorRulePackContract() {}

    /**
     * Returns rule contexts to evaluate, covering students with and without observations.
     *
     * @return one or more contexts
     */
    protected abstract List<RuleContext> contexts();

    /**
     * Returns a date the pack is in force on.
     *
     * @return the date
     */
    protected abstract LocalDate dateInForce();

    @Override
    protected final Class<? super IndicatorRulePack> role() {
        return IndicatorRulePack.class;
    }

    @Test
    void evaluate_labelsIndicatorsWithPackId() {
        IndicatorRulePack pack = createPlugin();

        for (RuleContext context : contexts()) {
            List<Indicator> indicators = pack.evaluate(context);

            assertNotNull(indicators, "indicators");
            for (Indicator indicator : indicators) {
                assertEquals(pack.id(), indicator.rulePackId(), "rulePackId of " + indicator.id());
            }
        }
    }

    @Test
    void evaluate_isDeterministic() {
        IndicatorRulePack pack = createPlugin();

        for (RuleContext context : contexts()) {
            assertEquals(
                    pack.evaluate(context),
                    pack.evaluate(context),
                    "student " + context.student().key());
        }
    }

    @Test
    void pack_inForceOnItsDate() {
        assertEquals(true, createPlugin().isInForceOn(dateInForce()));
    }
}
