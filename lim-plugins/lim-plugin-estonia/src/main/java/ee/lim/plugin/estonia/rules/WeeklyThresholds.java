package ee.lim.plugin.estonia.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.risk.RiskBand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The thresholds of the weekly early-warning pack, per indicator id such as {@code
 * "unexcused-days-2w"}.
 *
 * <p>eKool's early-warning add-on does not publish its thresholds, so the defaults of {@link
 * #defaults()} are LIM's own choice: a few days with an unexcused lesson within two weeks is worth
 * watching, and the four-week values are somewhat less than double the two-week ones so that a
 * steady pattern surfaces before it doubles. Review them with the school's own data and replace any
 * with {@link #with}. Instances are immutable and thread-safe.
 *
 * @param byIndicator the threshold of every indicator of {@link WeeklyEarlyWarningPack#RULE_IDS};
 *     never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WeeklyThresholds(Map<String, Threshold> byIndicator) {

    /**
     * The two cut-offs of one indicator: a value at or above {@code watch} is {@link
     * RiskBand#WATCH}, at or above {@code high} {@link RiskBand#HIGH}.
     *
     * @param watch the lower cut-off; finite
     * @param high the upper cut-off, not below {@code watch}; finite
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Threshold(double watch, double high) {
        /**
         * Creates the threshold, validating the fields.
         *
         * @param watch the lower cut-off; finite
         * @param high the upper cut-off, not below {@code watch}; finite
         * @throws InvalidInputException if a cut-off is not finite or {@code high < watch}
         */
        public Threshold {
            Checks.finite(watch, "Threshold.watch");
            Checks.finite(high, "Threshold.high");
            Checks.require(
                    high >= watch,
                    "Threshold.high",
                    "Threshold.high must not be below watch " + watch + ", got " + high);
        }

        /**
         * Bands a value.
         *
         * @param value the measured value
         * @return {@link RiskBand#HIGH} at or above {@code high}, {@link RiskBand#WATCH} at or
         *     above {@code watch}, else {@link RiskBand#NONE}
         */
        public RiskBand band(double value) {
            if (value >= high) {
                return RiskBand.HIGH;
            }
            return value >= watch ? RiskBand.WATCH : RiskBand.NONE;
        }
    }

    /**
     * Creates the record, checking that every indicator has a threshold.
     *
     * @param byIndicator the threshold of every indicator of {@link
     *     WeeklyEarlyWarningPack#RULE_IDS}; never {@code null}
     * @throws InvalidInputException if an indicator is missing or an unknown one is given
     */
    public WeeklyThresholds {
        byIndicator = Checks.mapOf(byIndicator, "WeeklyThresholds.byIndicator");
        Set<String> missing = new TreeSet<>(WeeklyEarlyWarningPack.RULE_IDS);
        missing.removeAll(byIndicator.keySet());
        Set<String> unknown = new TreeSet<>(byIndicator.keySet());
        unknown.removeAll(WeeklyEarlyWarningPack.RULE_IDS);
        Checks.require(
                missing.isEmpty() && unknown.isEmpty(),
                "WeeklyThresholds.byIndicator",
                "WeeklyThresholds.byIndicator must name exactly the indicators "
                        + WeeklyEarlyWarningPack.RULE_IDS
                        + "; missing "
                        + missing
                        + ", unknown "
                        + unknown);
    }

    /**
     * Returns LIM's default thresholds, as watch / high for two weeks and for four weeks.
     *
     * <ul>
     *   <li>unexcused days: 1 / 3 and 2 / 5;
     *   <li>excused-absence days: 4 / 7 and 6 / 10;
     *   <li>late days: 3 / 5 and 5 / 8;
     *   <li>negative remarks: 2 / 4 and 3 / 6;
     *   <li>failing grades: 1 / 3 and 2 / 4;
     *   <li>grade points below the class average: 0.5 / 1.0 for both windows, so that the half of a
     *       class that is naturally a little below its mean is not flagged.
     * </ul>
     *
     * @return the defaults
     */
    public static WeeklyThresholds defaults() {
        Map<String, Threshold> map = new LinkedHashMap<>();
        put(map, WeeklyEarlyWarningPack.UNEXCUSED_DAYS, 1, 3, 2, 5);
        put(map, WeeklyEarlyWarningPack.EXCUSED_DAYS, 4, 7, 6, 10);
        put(map, WeeklyEarlyWarningPack.LATE_DAYS, 3, 5, 5, 8);
        put(map, WeeklyEarlyWarningPack.NEGATIVE_REMARKS, 2, 4, 3, 6);
        put(map, WeeklyEarlyWarningPack.FAILING_GRADES, 1, 3, 2, 4);
        put(map, WeeklyEarlyWarningPack.BELOW_CLASS_AVERAGE, 0.5, 1.0, 0.5, 1.0);
        return new WeeklyThresholds(map);
    }

    /**
     * Returns a copy with one indicator's threshold replaced.
     *
     * @param indicatorId an id of {@link WeeklyEarlyWarningPack#RULE_IDS}, such as {@code
     *     "late-days-4w"}; never {@code null}
     * @param threshold the new threshold; never {@code null}
     * @return the new thresholds
     * @throws InvalidInputException if the id is unknown or an argument is {@code null}
     */
    public WeeklyThresholds with(String indicatorId, Threshold threshold) {
        Checks.present(indicatorId, "indicatorId");
        Checks.present(threshold, "threshold");
        Checks.require(
                byIndicator.containsKey(indicatorId),
                "indicatorId",
                "indicatorId must be one of "
                        + WeeklyEarlyWarningPack.RULE_IDS
                        + ", got '"
                        + indicatorId
                        + "'");
        Map<String, Threshold> copy = new LinkedHashMap<>(byIndicator);
        copy.put(indicatorId, threshold);
        return new WeeklyThresholds(copy);
    }

    /**
     * Returns one indicator's threshold.
     *
     * @param indicatorId an id of {@link WeeklyEarlyWarningPack#RULE_IDS}
     * @return the threshold
     * @throws InvalidInputException if the id is unknown
     */
    public Threshold of(String indicatorId) {
        Threshold threshold = byIndicator.get(indicatorId);
        if (threshold == null) {
            throw new InvalidInputException(
                    "indicatorId", "no threshold for indicator '" + indicatorId + "'");
        }
        return threshold;
    }

    private static void put(
            Map<String, Threshold> map,
            String base,
            double watch2,
            double high2,
            double watch4,
            double high4) {
        map.put(base + "-2w", new Threshold(watch2, high2));
        map.put(base + "-4w", new Threshold(watch4, high4));
    }
}
