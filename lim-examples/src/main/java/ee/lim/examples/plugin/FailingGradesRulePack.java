package ee.lim.examples.plugin;

import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Observation;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.risk.RuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * An example {@link IndicatorRulePack} for plugin authors, with id {@code example-failing-grades}:
 * one rule that counts the failing grades a student received before the as-of date.
 *
 * <p>The rule raises {@link RiskBand#WATCH} at {@value #WATCH_AT} failing grade and {@link
 * RiskBand#HIGH} at {@value #HIGH_AT} or more. A failing grade is one below the pass mark of its
 * own grade scale ({@link Grade#isFailing()}), so the pack works on any jurisdiction's scale. It is
 * in force on every date.
 *
 * <p>The class shows the whole shape of a plugin: a public class with a public no-argument
 * constructor, a stable id, a version, the SPI version it was compiled against, a {@code provides}
 * clause in {@code module-info.java} and a line in {@code
 * META-INF/services/ee.lim.spi.IndicatorRulePack}. Stateless and thread-safe.
 */
public final class FailingGradesRulePack implements IndicatorRulePack {
    /** The plugin id. */
    public static final String ID = "example-failing-grades";

    /** The id of its one indicator. */
    public static final String INDICATOR = "failing-grades";

    /** Failing grades that raise the watch band. */
    public static final int WATCH_AT = 1;

    /** Failing grades that raise the high band. */
    public static final int HIGH_AT = 2;

    /** Creates the pack; the service loader calls this. */
    public FailingGradesRulePack() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "Example: failing grades before the as-of date (watch at 1, high at 2)";
    }

    @Override
    public boolean isInForceOn(LocalDate asOf) {
        return true;
    }

    /**
     * Counts the failing grades in the context's observations, which the engine has already cut to
     * those dated before the as-of date.
     *
     * @param context the student and the observations; never {@code null}
     * @return one indicator, raised or not
     */
    @Override
    public List<Indicator> evaluate(RuleContext context) {
        int failing = 0;
        for (Observation observation : context.observations()) {
            if (observation instanceof Grade grade && grade.isFailing()) {
                failing++;
            }
        }
        RiskBand band =
                failing >= HIGH_AT
                        ? RiskBand.HIGH
                        : failing >= WATCH_AT ? RiskBand.WATCH : RiskBand.NONE;
        return List.of(
                new Indicator(INDICATOR, ID, FactorCategory.GRADES, failing, WATCH_AT, band));
    }
}
