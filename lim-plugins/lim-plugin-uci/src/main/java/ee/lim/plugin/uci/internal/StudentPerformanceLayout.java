package ee.lim.plugin.uci.internal;

import static ee.lim.plugin.uci.internal.ValueRule.integer;
import static ee.lim.plugin.uci.internal.ValueRule.oneOf;

import ee.lim.spi.model.GradeScale;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the UCI Student Performance files ({@code student-por.csv}, {@code
 * student-mat.csv}), their accepted values and how they map onto LIM.
 *
 * <p>Value lists follow the attribute list {@code student.txt} shipped in the UCI archive. The
 * dates are nominal: the data set has none, and only says the data are from the 2005/06 school
 * year.
 */
final class StudentPerformanceLayout {
    /** The field separator. */
    static final char DELIMITER = ';';

    /** The 0 to 20 scale of Portuguese schools, 10 the lowest pass. */
    static final GradeScale SCALE = new GradeScale("pt-0-20", 0, 20, 10);

    /** Nominal date of the first-period grade G1. */
    static final LocalDate G1_DATE = LocalDate.of(2005, 12, 16);

    /** Nominal date of the second-period grade G2. */
    static final LocalDate G2_DATE = LocalDate.of(2006, 3, 31);

    /** Nominal date of the final grade G3. */
    static final LocalDate G3_DATE = LocalDate.of(2006, 6, 23);

    /** Nominal date of the pass or fail outcome. */
    static final LocalDate OUTCOME_DATE = LocalDate.of(2006, 6, 30);

    /** Kept for the fairness audit only, never model inputs by default. */
    static final List<String> PROTECTED =
            List.of(
                    "sex",
                    "age",
                    "address",
                    "famsize",
                    "Pstatus",
                    "Medu",
                    "Fedu",
                    "Mjob",
                    "Fjob",
                    "guardian");

    /** Kept as student attributes under their own names, with raw values. */
    static final List<String> ATTRIBUTES =
            List.of(
                    "reason",
                    "traveltime",
                    "studytime",
                    "failures",
                    "schoolsup",
                    "famsup",
                    "paid",
                    "activities",
                    "nursery",
                    "higher",
                    "internet",
                    "romantic",
                    "famrel",
                    "freetime",
                    "goout",
                    "Dalc",
                    "Walc",
                    "health",
                    "absences");

    /** The school names behind the two codes. */
    static final Map<String, String> SCHOOLS =
            Map.of("GP", "Gabriel Pereira", "MS", "Mousinho da Silveira");

    /** Every column with its accepted values, in file order. */
    static final Map<String, ValueRule> RULES = rules();

    private StudentPerformanceLayout() {}

    private static Map<String, ValueRule> rules() {
        Map<String, ValueRule> rules = new LinkedHashMap<>();
        ValueRule job = oneOf("teacher", "health", "services", "at_home", "other");
        ValueRule yesNo = oneOf("yes", "no");
        ValueRule scale1To5 = integer(1, 5);
        rules.put("school", oneOf("GP", "MS"));
        rules.put("sex", oneOf("F", "M"));
        rules.put("age", integer(15, 22));
        rules.put("address", oneOf("U", "R"));
        rules.put("famsize", oneOf("LE3", "GT3"));
        rules.put("Pstatus", oneOf("T", "A"));
        rules.put("Medu", integer(0, 4));
        rules.put("Fedu", integer(0, 4));
        rules.put("Mjob", job);
        rules.put("Fjob", job);
        rules.put("reason", oneOf("home", "reputation", "course", "other"));
        rules.put("guardian", oneOf("mother", "father", "other"));
        rules.put("traveltime", integer(1, 4));
        rules.put("studytime", integer(1, 4));
        rules.put("failures", integer(0, 4));
        for (String flag :
                List.of(
                        "schoolsup",
                        "famsup",
                        "paid",
                        "activities",
                        "nursery",
                        "higher",
                        "internet",
                        "romantic")) {
            rules.put(flag, yesNo);
        }
        for (String rating : List.of("famrel", "freetime", "goout", "Dalc", "Walc", "health")) {
            rules.put(rating, scale1To5);
        }
        rules.put("absences", integer(0, 93));
        rules.put("G1", integer(0, 20));
        rules.put("G2", integer(0, 20));
        rules.put("G3", integer(0, 20));
        return Collections.unmodifiableMap(rules);
    }
}
