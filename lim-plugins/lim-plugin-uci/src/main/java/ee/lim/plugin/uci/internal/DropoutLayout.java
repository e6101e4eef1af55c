package ee.lim.plugin.uci.internal;

import static ee.lim.plugin.uci.internal.ValueRule.decimal;
import static ee.lim.plugin.uci.internal.ValueRule.integer;
import static ee.lim.plugin.uci.internal.ValueRule.oneOf;

import ee.lim.spi.model.GradeScale;
import ee.lim.spi.model.Outcome;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the UCI data set "Predict Students' Dropout and Academic Success" ({@code
 * data.csv}), their accepted values and how they map onto LIM.
 *
 * <p>Code lists are checked where they are short (flags, marital status, application order, the
 * target); the long code lists (course, nationality, qualifications, occupations, application mode)
 * are checked as non-negative integers. The dates are nominal: the data set has none.
 */
final class DropoutLayout {
    /** The field separator. */
    static final char DELIMITER = ';';

    /** The 0 to 20 scale of Portuguese higher education, 10 the lowest pass. */
    static final GradeScale SCALE = new GradeScale("pt-0-20", 0, 20, 10);

    /** The one school of the data set: the Polytechnic Institute of Portalegre. */
    static final String SCHOOL_ID = "ipportalegre";

    /** The school's name. */
    static final String SCHOOL_NAME = "Polytechnic Institute of Portalegre";

    /** Nominal enrolment date. */
    static final LocalDate ENROLMENT_DATE = LocalDate.of(2018, 9, 17);

    /** Nominal date of the 1st semester results. */
    static final LocalDate SEMESTER_1_DATE = LocalDate.of(2019, 2, 1);

    /** Nominal date of the 2nd semester results. */
    static final LocalDate SEMESTER_2_DATE = LocalDate.of(2019, 7, 1);

    /** Nominal date of the outcome. */
    static final LocalDate OUTCOME_DATE = LocalDate.of(2022, 9, 1);

    /** The subject of the per-semester grade. */
    static final String SUBJECT = "curricular-units";

    /** Information known at enrolment, kept as student attributes under the column names. */
    static final List<String> ATTRIBUTES =
            List.of(
                    "Application mode",
                    "Application order",
                    "Course",
                    "Daytime/evening attendance",
                    "Previous qualification",
                    "Previous qualification (grade)",
                    "Admission grade",
                    "Displaced",
                    "Educational special needs",
                    "Debtor",
                    "Tuition fees up to date",
                    "Scholarship holder",
                    "Unemployment rate",
                    "Inflation rate",
                    "GDP");

    /** Kept for the fairness audit only, never model inputs by default. */
    static final List<String> PROTECTED =
            List.of(
                    "Marital status",
                    "Nacionality",
                    "Gender",
                    "Age at enrollment",
                    "International",
                    "Mother's qualification",
                    "Father's qualification",
                    "Mother's occupation",
                    "Father's occupation");

    /** The six per-semester columns by measurement suffix, in file order. */
    static final Map<String, String> UNIT_COLUMNS = unitColumns();

    /** The target column. */
    static final String TARGET = "Target";

    /** Target values and the outcome each becomes. */
    static final Map<String, Outcome.Type> TARGETS =
            Map.of(
                    "Dropout", Outcome.Type.DROPPED_OUT,
                    "Graduate", Outcome.Type.GRADUATED,
                    "Enrolled", Outcome.Type.STILL_ENROLLED);

    /** Every column with its accepted values. */
    static final Map<String, ValueRule> RULES = rules();

    private DropoutLayout() {}

    /**
     * Returns the file's column name for a semester and a measurement suffix.
     *
     * @param semester 1 or 2
     * @param suffix a key of {@link #UNIT_COLUMNS}
     * @return the column name, such as {@code "Curricular units 1st sem (enrolled)"}
     */
    static String unitColumn(int semester, String suffix) {
        String ordinal = semester == 1 ? "1st" : "2nd";
        return "Curricular units " + ordinal + " sem (" + UNIT_COLUMNS.get(suffix) + ")";
    }

    private static Map<String, String> unitColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("units_credited", "credited");
        columns.put("units_enrolled", "enrolled");
        columns.put("units_evaluations", "evaluations");
        columns.put("units_approved", "approved");
        columns.put("units_grade", "grade");
        columns.put("units_without_evaluations", "without evaluations");
        return Collections.unmodifiableMap(columns);
    }

    private static Map<String, ValueRule> rules() {
        Map<String, ValueRule> rules = new LinkedHashMap<>();
        ValueRule flag = integer(0, 1);
        ValueRule code = integer(0, 99_999);
        rules.put("Marital status", integer(1, 6));
        rules.put("Application mode", code);
        rules.put("Application order", integer(0, 9));
        rules.put("Course", code);
        rules.put("Daytime/evening attendance", flag);
        rules.put("Previous qualification", code);
        rules.put("Previous qualification (grade)", decimal(0, 200));
        rules.put("Nacionality", code);
        rules.put("Mother's qualification", code);
        rules.put("Father's qualification", code);
        rules.put("Mother's occupation", code);
        rules.put("Father's occupation", code);
        rules.put("Admission grade", decimal(0, 200));
        rules.put("Displaced", flag);
        rules.put("Educational special needs", flag);
        rules.put("Debtor", flag);
        rules.put("Tuition fees up to date", flag);
        rules.put("Gender", flag);
        rules.put("Scholarship holder", flag);
        rules.put("Age at enrollment", integer(14, 99));
        rules.put("International", flag);
        for (int semester = 1; semester <= 2; semester++) {
            for (String suffix : UNIT_COLUMNS.keySet()) {
                rules.put(
                        unitColumn(semester, suffix),
                        suffix.equals("units_grade") ? decimal(0, 20) : integer(0, 999));
            }
        }
        rules.put("Unemployment rate", decimal(0, 100));
        rules.put("Inflation rate", decimal(-100, 100));
        rules.put("GDP", decimal(-100, 100));
        rules.put(TARGET, oneOf("Dropout", "Enrolled", "Graduate"));
        return Collections.unmodifiableMap(rules);
    }
}
