package ee.lim.core.features;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The unit a feature value is measured in, so that texts can format it. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum FeatureUnit {
    /** A share in {@code [0, 1]}, shown as a percentage. */
    SHARE,
    /** A change of a share per week, such as {@code -0.02} for two percentage points a week. */
    SHARE_PER_WEEK,
    /** Hours. */
    HOURS,
    /** Days. */
    DAYS,
    /** A count of events. */
    COUNT,
    /** A grade average on the normalised scale {@code [0, 1]} of {@code GradeScale.normalise}. */
    NORMALISED_GRADE,
    /** A change of a normalised grade average. */
    NORMALISED_GRADE_CHANGE,
    /** Credits, in the unit of the source. */
    CREDITS,
    /** Whole years. */
    YEARS,
    /** {@code 1} for yes and {@code 0} for no. */
    FLAG,
    /** A support tier: 0 none, 1 general, 2 enhanced, 3 special support. */
    TIER,
    /** A source-defined value without a known unit. */
    VALUE
}
