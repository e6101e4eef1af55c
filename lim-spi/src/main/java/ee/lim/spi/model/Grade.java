package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A grade on a jurisdiction's scale.
 *
 * @param student the student; never {@code null}
 * @param date the date the grade was given; never {@code null}
 * @param subject the subject code, such as {@code "math"}; never blank
 * @param periodId the study period the grade belongs to, such as {@code "2025-Q1"}, or {@code null}
 *     for a single assessment
 * @param value the grade, within the scale's bounds
 * @param scale the scale; never {@code null}
 * @param credits credits earned with this grade, for credit systems, or 0
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Grade(
        StudentKey student,
        LocalDate date,
        String subject,
        String periodId,
        double value,
        GradeScale scale,
        double credits)
        implements Observation {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param student the student; never {@code null}
     * @param date the date the grade was given; never {@code null}
     * @param subject the subject code, such as {@code "math"}; never blank
     * @param periodId the study period the grade belongs to, such as {@code "2025-Q1"}, or {@code
     *     null} for a single assessment
     * @param value the grade, within the scale's bounds
     * @param scale the scale; never {@code null}
     * @param credits credits earned with this grade, for credit systems, or 0
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Grade {
        Checks.present(student, "Grade.student");
        Checks.present(date, "Grade.date");
        Checks.notBlank(subject, "Grade.subject");
        Checks.present(scale, "Grade.scale");
        Checks.inRange(value, scale.min(), scale.max(), "Grade.value");
        Checks.inRange(credits, 0, 1000, "Grade.credits");
    }

    /**
     * Tells whether the grade fails on its scale.
     *
     * @return {@code true} below the pass mark
     */
    public boolean isFailing() {
        return scale.isFailing(value);
    }
}
