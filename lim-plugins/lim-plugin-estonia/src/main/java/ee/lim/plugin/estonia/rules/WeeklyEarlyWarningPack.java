package ee.lim.plugin.estonia.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.plugin.estonia.EstonianTexts;
import ee.lim.spi.Checks;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.BehaviourIncident;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Student;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.risk.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Weekly early-warning indicators (varajane märkamine), id {@value #ID}, modelled on the signals of
 * eKool's early-warning add-on, over the last two and the last four weeks before the as-of date.
 *
 * <p>For each window, {@code -2w} (14 days) and {@code -4w} (28 days), ending the day before the
 * as-of date:
 *
 * <ul>
 *   <li>{@value #UNEXCUSED_DAYS}: days with at least one lesson missed without a valid reason
 *       (unexcused, or reason still unknown, as in {@link QuarterAbsence});
 *   <li>{@value #EXCUSED_DAYS}: days with at least one excused absence;
 *   <li>{@value #LATE_DAYS}: days with at least one late arrival;
 *   <li>{@value #NEGATIVE_REMARKS}: behaviour incidents of severity {@link
 *       BehaviourIncident.Severity#MINOR}, the negative remarks of a school information system;
 *   <li>{@value #FAILING_GRADES}: grades below the pass mark;
 *   <li>{@value #BELOW_CLASS_AVERAGE}: how many grade points the student's average in the window
 *       lies below the class average in the same window (0 when above it). A class is the same
 *       school and grade; the class average includes the student. This indicator is evaluated only
 *       when the pack was given the cohort's {@link ClassGradeIndex}, the student has grades in the
 *       window and the class has an average.
 * </ul>
 *
 * <p>eKool does not publish its thresholds; see {@link WeeklyThresholds#defaults()} for LIM's
 * documented defaults. Instances are immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WeeklyEarlyWarningPack implements IndicatorRulePack {
    /** The pack id. */
    public static final String ID = "ee-weekly";

    /** The base id of the unexcused-days indicators. */
    public static final String UNEXCUSED_DAYS = "unexcused-days";

    /** The base id of the excused-absence-days indicators. */
    public static final String EXCUSED_DAYS = "excused-days";

    /** The base id of the late-days indicators. */
    public static final String LATE_DAYS = "late-days";

    /** The base id of the negative-remarks indicators. */
    public static final String NEGATIVE_REMARKS = "negative-remarks";

    /** The base id of the failing-grades indicators. */
    public static final String FAILING_GRADES = "failing-grades";

    /** The base id of the below-class-average indicators. */
    public static final String BELOW_CLASS_AVERAGE = "below-class-average";

    /** Every indicator id, each base id with {@code -2w} and {@code -4w}. */
    public static final Set<String> RULE_IDS =
            Set.of(
                    UNEXCUSED_DAYS + "-2w",
                    UNEXCUSED_DAYS + "-4w",
                    EXCUSED_DAYS + "-2w",
                    EXCUSED_DAYS + "-4w",
                    LATE_DAYS + "-2w",
                    LATE_DAYS + "-4w",
                    NEGATIVE_REMARKS + "-2w",
                    NEGATIVE_REMARKS + "-4w",
                    FAILING_GRADES + "-2w",
                    FAILING_GRADES + "-4w",
                    BELOW_CLASS_AVERAGE + "-2w",
                    BELOW_CLASS_AVERAGE + "-4w");

    private static final int[] WINDOW_WEEKS = {2, 4};

    private final WeeklyThresholds thresholds;
    private final ClassGradeIndex classGrades;

    /**
     * Creates the pack with the default thresholds and no class averages, so the
     * below-class-average indicators are not evaluated. Use {@link #forCohort} to include them.
     */
    public WeeklyEarlyWarningPack() {
        this(WeeklyThresholds.defaults(), ClassGradeIndex.empty());
    }

    /**
     * Creates the pack.
     *
     * @param thresholds the thresholds; never {@code null}
     * @param classGrades the class grades for the class averages; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null}
     */
    public WeeklyEarlyWarningPack(WeeklyThresholds thresholds, ClassGradeIndex classGrades) {
        this.thresholds = Checks.present(thresholds, "thresholds");
        this.classGrades = Checks.present(classGrades, "classGrades");
    }

    /**
     * Creates the pack with the default thresholds and the class averages of a cohort.
     *
     * @param cohort the cohort the evaluated students belong to; never {@code null}
     * @return the pack
     * @throws ee.lim.spi.InvalidInputException if {@code cohort} is {@code null}
     */
    public static WeeklyEarlyWarningPack forCohort(Cohort cohort) {
        return new WeeklyEarlyWarningPack(WeeklyThresholds.defaults(), ClassGradeIndex.of(cohort));
    }

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
        return "Weekly early warning over 2 and 4 weeks: absence, lateness, remarks, grades";
    }

    @Override
    public boolean isInForceOn(LocalDate asOf) {
        return true;
    }

    /**
     * Explains an indicator of this pack in Estonian or English from the plugin's resource bundles:
     * its name, what was measured and, where the plugin has it, what staff can do.
     *
     * @param indicator an indicator of this pack; never {@code null}
     * @param locale the reader's language; Estonian for {@code et}, English otherwise
     * @return the explanation, or empty for an indicator of another pack
     */
    @Override
    public Optional<String> explain(Indicator indicator, Locale locale) {
        if (!id().equals(indicator.rulePackId())) {
            return Optional.empty();
        }
        return Optional.of(EstonianTexts.indicatorSentence(locale, indicator));
    }

    @Override
    public List<Indicator> evaluate(RuleContext context) {
        Checks.present(context, "context");
        List<Indicator> indicators = new ArrayList<>();
        for (int weeks : WINDOW_WEEKS) {
            evaluateWindow(context, weeks, indicators);
        }
        return List.copyOf(indicators);
    }

    private void evaluateWindow(RuleContext context, int weeks, List<Indicator> indicators) {
        LocalDate until = context.asOf();
        LocalDate from = until.minusDays(7L * weeks);
        String suffix = "-" + weeks + "w";
        WindowCounts counts = WindowCounts.of(context.observations(), from, until);

        add(indicators, UNEXCUSED_DAYS + suffix, FactorCategory.ATTENDANCE, counts.unexcusedDays());
        add(indicators, EXCUSED_DAYS + suffix, FactorCategory.ATTENDANCE, counts.excusedDays());
        add(indicators, LATE_DAYS + suffix, FactorCategory.ATTENDANCE, counts.lateDays());
        add(indicators, NEGATIVE_REMARKS + suffix, FactorCategory.BEHAVIOUR, counts.remarks());
        add(indicators, FAILING_GRADES + suffix, FactorCategory.GRADES, counts.failingGrades());

        OptionalDouble studentAverage = counts.gradeAverage();
        if (studentAverage.isEmpty()) {
            return;
        }
        Student student = context.student();
        OptionalDouble classAverage =
                classGrades.average(student.schoolId(), student.grade(), from, until);
        if (classAverage.isPresent()) {
            double gap = Math.max(0.0, classAverage.getAsDouble() - studentAverage.getAsDouble());
            add(indicators, BELOW_CLASS_AVERAGE + suffix, FactorCategory.GRADES, gap);
        }
    }

    private void add(List<Indicator> indicators, String id, FactorCategory category, double value) {
        WeeklyThresholds.Threshold threshold = thresholds.of(id);
        RiskBand band = threshold.band(value);
        double decidingThreshold = band == RiskBand.HIGH ? threshold.high() : threshold.watch();
        indicators.add(new Indicator(id, ID, category, value, decidingThreshold, band));
    }
}
