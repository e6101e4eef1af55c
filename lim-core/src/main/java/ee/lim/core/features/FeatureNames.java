package ee.lim.core.features;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.risk.FactorCategory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The stable names of the features that {@link FeatureCalculator} computes, with the factor
 * category and unit of each: the registry that rule packs, models and explanations share.
 *
 * <p>Attendance shares are weighted by minutes. Windows end on the day before the as-of date: "2w"
 * and "4w" are the last 14 and 28 calendar days, "period" is the current study period of the {@link
 * ee.lim.spi.model.Jurisdiction}, "year" the school year (from 1 September by default). A feature
 * without data, such as an attendance rate with no attendance records, is absent rather than zero.
 * A student's {@link ee.lim.spi.model.Measurement} named {@code x} becomes the feature {@code m.x},
 * in the category the measurement names. The class is stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FeatureNames {
    /** Share of recorded minutes attended (present or late), last 2 weeks. */
    public static final String ATTENDANCE_RATE_2W = "attendance_rate_2w";

    /** Share of recorded minutes attended, last 4 weeks. */
    public static final String ATTENDANCE_RATE_4W = "attendance_rate_4w";

    /** Share of recorded minutes attended, current study period. */
    public static final String ATTENDANCE_RATE_PERIOD = "attendance_rate_period";

    /** Share of recorded minutes attended, school year. */
    public static final String ATTENDANCE_RATE_YEAR = "attendance_rate_year";

    /** Share of recorded minutes missed without a valid reason, last 2 weeks. */
    public static final String UNEXCUSED_SHARE_2W = "unexcused_share_2w";

    /** Share of recorded minutes missed without a valid reason, last 4 weeks. */
    public static final String UNEXCUSED_SHARE_4W = "unexcused_share_4w";

    /** Share of recorded minutes missed without a valid reason, current study period. */
    public static final String UNEXCUSED_SHARE_PERIOD = "unexcused_share_period";

    /** Share of recorded minutes missed without a valid reason, school year. */
    public static final String UNEXCUSED_SHARE_YEAR = "unexcused_share_year";

    /** Hours of absence of any kind, last 2 weeks. */
    public static final String ABSENT_HOURS_2W = "absent_hours_2w";

    /** Hours of unexcused absence, last 2 weeks. */
    public static final String UNEXCUSED_HOURS_2W = "unexcused_hours_2w";

    /** Share of absent minutes whose reason is not yet known, last 2 weeks. */
    public static final String REASON_UNKNOWN_SHARE_2W = "reason_unknown_share_2w";

    /** Share of recorded minutes with a late arrival, last 2 weeks. */
    public static final String LATE_SHARE_2W = "late_share_2w";

    /** Hours of absence of any kind, last 4 weeks. */
    public static final String ABSENT_HOURS_4W = "absent_hours_4w";

    /** Hours of absence of any kind, school year. */
    public static final String ABSENT_HOURS_YEAR = "absent_hours_year";

    /** Hours of unexcused absence, last 4 weeks. */
    public static final String UNEXCUSED_HOURS_4W = "unexcused_hours_4w";

    /** Hours of unexcused absence, school year. */
    public static final String UNEXCUSED_HOURS_YEAR = "unexcused_hours_year";

    /** Days on which at least half of the recorded minutes were missed, school year. */
    public static final String ABSENT_DAYS_YEAR = "absent_days_year";

    /** Share of absent minutes whose reason is not yet known, last 4 weeks. */
    public static final String REASON_UNKNOWN_SHARE_4W = "reason_unknown_share_4w";

    /** Share of absent minutes whose reason is not yet known, school year. */
    public static final String REASON_UNKNOWN_SHARE_YEAR = "reason_unknown_share_year";

    /** Share of recorded minutes with a late arrival, last 4 weeks. */
    public static final String LATE_SHARE_4W = "late_share_4w";

    /** Share of recorded minutes with a late arrival, school year. */
    public static final String LATE_SHARE_YEAR = "late_share_year";

    /** Least-squares slope of the weekly attendance rate over the last weeks, per week. */
    public static final String ATTENDANCE_TREND = "attendance_trend";

    /** {@code 1} if the weekly attendance rate fell in each of the last 3 week-to-week steps. */
    public static final String ATTENDANCE_SUSTAINED_DECLINE = "attendance_sustained_decline";

    /** Failing grades in the current study period. */
    public static final String FAILING_GRADES_PERIOD = "failing_grades_period";

    /** Failing grades in the previous study period. */
    public static final String FAILING_GRADES_PREVIOUS_PERIOD = "failing_grades_previous_period";

    /** Failing grades in the school year. */
    public static final String FAILING_GRADES_YEAR = "failing_grades_year";

    /** Failing grades in core subjects (mathematics and language by default), school year. */
    public static final String FAILING_CORE_YEAR = "failing_core_year";

    /** Average normalised grade in the current study period. */
    public static final String GRADE_AVERAGE_PERIOD = "grade_average_period";

    /** Average normalised grade in the previous study period. */
    public static final String GRADE_AVERAGE_PREVIOUS_PERIOD = "grade_average_previous_period";

    /** Current minus previous period's average normalised grade. */
    public static final String GRADE_AVERAGE_CHANGE = "grade_average_change";

    /** Credits of passing grades in the school year; absent where no grade carries credits. */
    public static final String CREDITS_EARNED_YEAR = "credits_earned_year";

    /** Share of school days (days with attendance records) with a behaviour incident, year. */
    public static final String INCIDENT_DAY_SHARE_YEAR = "incident_day_share_year";

    /** Behaviour incidents of any severity, school year. */
    public static final String INCIDENTS_YEAR = "incidents_year";

    /** Serious behaviour incidents, school year. */
    public static final String SERIOUS_INCIDENTS_YEAR = "serious_incidents_year";

    /** Exclusion (suspension) days of all incidents, school year. */
    public static final String EXCLUSION_DAYS_YEAR = "exclusion_days_year";

    /** Incidents that led to an exclusion, school year. */
    public static final String SUSPENSIONS_YEAR = "suspensions_year";

    /** The maximum length in days of a single exclusion, school year. */
    public static final String LONGEST_EXCLUSION_DAYS_YEAR = "longest_exclusion_days_year";

    /** Grade repeats recorded before the as-of date, all years. */
    public static final String REPEATS = "repeats";

    /** School transfers recorded before the as-of date, all years. */
    public static final String TRANSFERS = "transfers";

    /** Years over the usual age for the student's grade, 0 if not over age. */
    public static final String OVER_AGE_YEARS = "over_age_years";

    /** Age in whole years on the as-of date, from the birth month. */
    public static final String AGE_YEARS = "age_years";

    /** Highest support tier active on the day before the as-of date, 0 if none. */
    public static final String SUPPORT_TIER = "support_tier";

    /** The prefix of features made from {@link ee.lim.spi.model.Measurement}s. */
    public static final String MEASUREMENT_PREFIX = "m.";

    private static final Map<String, FeatureDefinition> DEFINITIONS = definitions();

    /** Window features with another number of weeks than 2 or 4, such as {@code late_share_6w}. */
    private static final Pattern WINDOW_FEATURE =
            Pattern.compile(
                    "(attendance_rate|unexcused_share|absent_hours|unexcused_hours"
                            + "|reason_unknown_share|late_share)_([1-9][0-9]?)w");

    private FeatureNames() {}

    private static Map<String, FeatureDefinition> definitions() {
        Map<String, FeatureDefinition> map = new LinkedHashMap<>();
        FactorCategory attendance = FactorCategory.ATTENDANCE;
        for (String name :
                new String[] {
                    ATTENDANCE_RATE_2W,
                    ATTENDANCE_RATE_4W,
                    ATTENDANCE_RATE_PERIOD,
                    ATTENDANCE_RATE_YEAR,
                    UNEXCUSED_SHARE_2W,
                    UNEXCUSED_SHARE_4W,
                    UNEXCUSED_SHARE_PERIOD,
                    UNEXCUSED_SHARE_YEAR,
                    REASON_UNKNOWN_SHARE_2W,
                    REASON_UNKNOWN_SHARE_4W,
                    REASON_UNKNOWN_SHARE_YEAR,
                    LATE_SHARE_2W,
                    LATE_SHARE_4W,
                    LATE_SHARE_YEAR
                }) {
            put(map, name, attendance, FeatureUnit.SHARE);
        }
        put(map, ABSENT_HOURS_2W, attendance, FeatureUnit.HOURS);
        put(map, ABSENT_HOURS_4W, attendance, FeatureUnit.HOURS);
        put(map, ABSENT_HOURS_YEAR, attendance, FeatureUnit.HOURS);
        put(map, UNEXCUSED_HOURS_2W, attendance, FeatureUnit.HOURS);
        put(map, UNEXCUSED_HOURS_4W, attendance, FeatureUnit.HOURS);
        put(map, UNEXCUSED_HOURS_YEAR, attendance, FeatureUnit.HOURS);
        put(map, ABSENT_DAYS_YEAR, attendance, FeatureUnit.DAYS);
        put(map, ATTENDANCE_TREND, attendance, FeatureUnit.SHARE_PER_WEEK);
        put(map, ATTENDANCE_SUSTAINED_DECLINE, attendance, FeatureUnit.FLAG);
        FactorCategory grades = FactorCategory.GRADES;
        put(map, FAILING_GRADES_PERIOD, grades, FeatureUnit.COUNT);
        put(map, FAILING_GRADES_PREVIOUS_PERIOD, grades, FeatureUnit.COUNT);
        put(map, FAILING_GRADES_YEAR, grades, FeatureUnit.COUNT);
        put(map, FAILING_CORE_YEAR, grades, FeatureUnit.COUNT);
        put(map, GRADE_AVERAGE_PERIOD, grades, FeatureUnit.NORMALISED_GRADE);
        put(map, GRADE_AVERAGE_PREVIOUS_PERIOD, grades, FeatureUnit.NORMALISED_GRADE);
        put(map, GRADE_AVERAGE_CHANGE, grades, FeatureUnit.NORMALISED_GRADE_CHANGE);
        put(map, CREDITS_EARNED_YEAR, grades, FeatureUnit.CREDITS);
        FactorCategory behaviour = FactorCategory.BEHAVIOUR;
        put(map, INCIDENT_DAY_SHARE_YEAR, behaviour, FeatureUnit.SHARE);
        put(map, INCIDENTS_YEAR, behaviour, FeatureUnit.COUNT);
        put(map, SERIOUS_INCIDENTS_YEAR, behaviour, FeatureUnit.COUNT);
        put(map, EXCLUSION_DAYS_YEAR, behaviour, FeatureUnit.DAYS);
        put(map, SUSPENSIONS_YEAR, behaviour, FeatureUnit.COUNT);
        put(map, LONGEST_EXCLUSION_DAYS_YEAR, behaviour, FeatureUnit.DAYS);
        put(map, REPEATS, FactorCategory.ENROLMENT, FeatureUnit.COUNT);
        put(map, TRANSFERS, FactorCategory.ENROLMENT, FeatureUnit.COUNT);
        put(map, OVER_AGE_YEARS, FactorCategory.ENROLMENT, FeatureUnit.YEARS);
        put(map, AGE_YEARS, FactorCategory.BACKGROUND, FeatureUnit.YEARS);
        put(map, SUPPORT_TIER, FactorCategory.SUPPORT, FeatureUnit.TIER);
        return Collections.unmodifiableMap(map);
    }

    private static void put(
            Map<String, FeatureDefinition> map,
            String name,
            FactorCategory category,
            FeatureUnit unit) {
        map.put(name, new FeatureDefinition(name, category, unit));
    }

    /**
     * Returns every fixed feature, in documentation order. Measurement features and window features
     * of other lengths than 2 and 4 weeks are not listed.
     *
     * @return an unmodifiable map from name to definition
     */
    public static Map<String, FeatureDefinition> all() {
        return DEFINITIONS;
    }

    /**
     * Looks up a fixed feature.
     *
     * @param name the feature name; {@code null} gives empty
     * @return the definition, or empty for a measurement feature or an unknown name
     */
    public static Optional<FeatureDefinition> definition(String name) {
        if (name == null) {
            return Optional.empty();
        }
        FeatureDefinition fixed = DEFINITIONS.get(name);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        Matcher matcher = WINDOW_FEATURE.matcher(name);
        if (matcher.matches()) {
            FeatureDefinition base = DEFINITIONS.get(matcher.group(1) + "_4w");
            return Optional.of(new FeatureDefinition(name, base.category(), base.unit()));
        }
        return Optional.empty();
    }

    /**
     * Returns the name of a window feature for a window length.
     *
     * @param base the base name, such as {@code "attendance_rate"}; never {@code null}
     * @param weeks the window length in weeks
     * @return such as {@code "attendance_rate_4w"}
     */
    public static String window(String base, int weeks) {
        return base + "_" + weeks + "w";
    }

    /**
     * Tells whether a name is a fixed feature or has the measurement prefix.
     *
     * @param name the name; {@code null} gives {@code false}
     * @return {@code true} if features may carry this name
     */
    public static boolean isKnown(String name) {
        return name != null
                && (definition(name).isPresent()
                        || (name.startsWith(MEASUREMENT_PREFIX)
                                && name.length() > MEASUREMENT_PREFIX.length()));
    }

    /**
     * Returns the feature name of a measurement.
     *
     * @param measurementName the {@link ee.lim.spi.model.Measurement#name()}; never {@code null}
     * @return {@code "m." + measurementName}
     */
    public static String measurement(String measurementName) {
        return MEASUREMENT_PREFIX + measurementName;
    }

    /**
     * Parses the category a measurement names, falling back to background facts.
     *
     * @param category the {@link ee.lim.spi.model.Measurement#category()}; never {@code null}
     * @return the named category, or {@link FactorCategory#BACKGROUND} if the name is not one
     */
    public static FactorCategory measurementCategory(String category) {
        try {
            return FactorCategory.valueOf(category.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return FactorCategory.BACKGROUND;
        }
    }
}
