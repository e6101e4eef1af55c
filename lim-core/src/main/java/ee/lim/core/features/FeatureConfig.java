package ee.lim.core.features;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.model.Jurisdiction;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Settings of feature computation. Immutable and thread-safe; change a setting with a {@code with}
 * method, which returns a copy.
 *
 * @param jurisdiction the jurisdiction whose study periods define "period" features, or {@code
 *     null} for none (period features then come from {@code Grade.periodId} for grades and are
 *     absent for attendance)
 * @param windowWeeks the lengths of the recent attendance windows in weeks, each 1 to 52, giving
 *     features such as {@code attendance_rate_4w}; never {@code null} or empty
 * @param trendWeeks how many recent weeks the attendance trend looks at, 2 to 52
 * @param declineSteps how many consecutive weekly drops make a sustained decline, 1 to 51 and below
 *     {@code trendWeeks}
 * @param schoolEntryAge the age at which children usually start grade 1, 3 to 10; a child of that
 *     age on 1 October of the school year is in grade 1 (Estonia: 7, Basic Schools and Upper
 *     Secondary Schools Act)
 * @param schoolYearStart the first day of the school year; never {@code null}
 * @param coreSubjects subject names, lower-case, counted by {@link FeatureNames#FAILING_CORE_YEAR};
 *     never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FeatureConfig(
        Jurisdiction jurisdiction,
        List<Integer> windowWeeks,
        int trendWeeks,
        int declineSteps,
        int schoolEntryAge,
        MonthDay schoolYearStart,
        Set<String> coreSubjects) {

    /** The default core subjects: mathematics and the language of instruction, in en and et. */
    public static final Set<String> DEFAULT_CORE_SUBJECTS =
            Set.of(
                    "math",
                    "maths",
                    "mathematics",
                    "matemaatika",
                    "language",
                    "reading",
                    "english",
                    "estonian",
                    "eesti keel",
                    "emakeel");

    /**
     * Creates the settings, validating and copying the fields.
     *
     * @param jurisdiction the jurisdiction, or {@code null}
     * @param windowWeeks window lengths in weeks, each 1 to 52; never {@code null} or empty
     * @param trendWeeks weeks of the trend, 2 to 52
     * @param declineSteps consecutive drops for a sustained decline, 1 to {@code trendWeeks - 1}
     * @param schoolEntryAge the usual age at entry to grade 1, 3 to 10
     * @param schoolYearStart the first day of the school year; never {@code null}
     * @param coreSubjects core subject names; never {@code null}
     * @throws InvalidInputException if a setting is out of range
     */
    public FeatureConfig {
        if (windowWeeks == null || windowWeeks.isEmpty()) {
            throw new InvalidInputException(
                    "FeatureConfig.windowWeeks",
                    "FeatureConfig.windowWeeks is missing or empty; give at least one window,"
                            + " such as [2, 4]");
        }
        for (Integer weeks : windowWeeks) {
            if (weeks == null) {
                throw new InvalidInputException(
                        "FeatureConfig.windowWeeks",
                        "FeatureConfig.windowWeeks contains a null element; remove it");
            }
            checkRange("FeatureConfig.windowWeeks", weeks, 1, 52);
        }
        windowWeeks = List.copyOf(new TreeSet<>(windowWeeks));
        checkRange("FeatureConfig.trendWeeks", trendWeeks, 2, 52);
        checkRange("FeatureConfig.declineSteps", declineSteps, 1, trendWeeks - 1);
        checkRange("FeatureConfig.schoolEntryAge", schoolEntryAge, 3, 10);
        if (schoolYearStart == null) {
            throw new InvalidInputException(
                    "FeatureConfig.schoolYearStart",
                    "FeatureConfig.schoolYearStart is missing; give a month and day such as"
                            + " --09-01");
        }
        if (coreSubjects == null) {
            throw new InvalidInputException(
                    "FeatureConfig.coreSubjects",
                    "FeatureConfig.coreSubjects is missing; give a set of subject names");
        }
        coreSubjects =
                coreSubjects.stream()
                        .map(s -> s.trim().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
    }

    private static void checkRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(
                    field, field + " must be in [" + min + ", " + max + "], got " + value);
        }
    }

    /**
     * Returns the defaults: no jurisdiction, windows of 2 and 4 weeks, an 8-week trend, a sustained
     * decline after 3 consecutive weekly drops, school entry at 7, the school year from 1
     * September, and {@link #DEFAULT_CORE_SUBJECTS}.
     *
     * @return the default settings
     */
    public static FeatureConfig defaults() {
        return new FeatureConfig(
                null, List.of(2, 4), 8, 3, 7, MonthDay.of(9, 1), DEFAULT_CORE_SUBJECTS);
    }

    /**
     * Returns a copy with another jurisdiction.
     *
     * @param newJurisdiction the jurisdiction, or {@code null} for none
     * @return the copy
     */
    public FeatureConfig withJurisdiction(Jurisdiction newJurisdiction) {
        return new FeatureConfig(
                newJurisdiction,
                windowWeeks,
                trendWeeks,
                declineSteps,
                schoolEntryAge,
                schoolYearStart,
                coreSubjects);
    }

    /**
     * Returns a copy with other attendance windows.
     *
     * @param weeks window lengths in weeks, each 1 to 52
     * @return the copy
     * @throws InvalidInputException if a length is out of range
     */
    public FeatureConfig withWindowWeeks(List<Integer> weeks) {
        return new FeatureConfig(
                jurisdiction,
                weeks,
                trendWeeks,
                declineSteps,
                schoolEntryAge,
                schoolYearStart,
                coreSubjects);
    }

    /**
     * Returns a copy with another trend length and decline rule.
     *
     * @param weeks weeks of the trend, 2 to 52
     * @param steps consecutive drops for a sustained decline, 1 to {@code weeks - 1}
     * @return the copy
     * @throws InvalidInputException if a value is out of range
     */
    public FeatureConfig withTrend(int weeks, int steps) {
        return new FeatureConfig(
                jurisdiction,
                windowWeeks,
                weeks,
                steps,
                schoolEntryAge,
                schoolYearStart,
                coreSubjects);
    }

    /**
     * Returns a copy with another school entry age.
     *
     * @param age the usual age at entry to grade 1, 3 to 10
     * @return the copy
     * @throws InvalidInputException if the age is out of range
     */
    public FeatureConfig withSchoolEntryAge(int age) {
        return new FeatureConfig(
                jurisdiction,
                windowWeeks,
                trendWeeks,
                declineSteps,
                age,
                schoolYearStart,
                coreSubjects);
    }

    /**
     * Returns a copy with another first day of the school year.
     *
     * @param start the month and day; never {@code null}
     * @return the copy
     * @throws InvalidInputException if {@code start} is {@code null}
     */
    public FeatureConfig withSchoolYearStart(MonthDay start) {
        return new FeatureConfig(
                jurisdiction,
                windowWeeks,
                trendWeeks,
                declineSteps,
                schoolEntryAge,
                start,
                coreSubjects);
    }

    /**
     * Returns a copy with other core subjects.
     *
     * @param subjects subject names, compared case-insensitively; never {@code null}
     * @return the copy
     * @throws InvalidInputException if {@code subjects} is {@code null}
     */
    public FeatureConfig withCoreSubjects(Set<String> subjects) {
        return new FeatureConfig(
                jurisdiction,
                windowWeeks,
                trendWeeks,
                declineSteps,
                schoolEntryAge,
                schoolYearStart,
                subjects);
    }
}
