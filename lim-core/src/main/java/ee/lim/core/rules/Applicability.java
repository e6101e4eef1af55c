package ee.lim.core.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.Student;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The range of students a rule applies to. A bound that is {@code null} is open. A student whose
 * grade or age is unknown is outside any rule that bounds it, so the rule gives no indicator rather
 * than a guessed one.
 *
 * @param gradeMin the lowest grade, or {@code null}
 * @param gradeMax the highest grade, or {@code null}
 * @param maxAge the highest age in whole years on the as-of date, or {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Applicability(Integer gradeMin, Integer gradeMax, Integer maxAge) {
    /** Applies to every student. */
    public static final Applicability ALL = new Applicability(null, null, null);

    /**
     * Tells whether the rule applies to a student.
     *
     * @param student the student; never {@code null}
     * @param asOf the as-of date; never {@code null}
     * @return {@code true} if the student is within every bound
     */
    public boolean appliesTo(Student student, LocalDate asOf) {
        if (gradeMin != null || gradeMax != null) {
            Integer grade = student.grade();
            if (grade == null
                    || (gradeMin != null && grade < gradeMin)
                    || (gradeMax != null && grade > gradeMax)) {
                return false;
            }
        }
        if (maxAge != null) {
            Integer age = student.ageOn(asOf);
            return age != null && age <= maxAge;
        }
        return true;
    }
}
