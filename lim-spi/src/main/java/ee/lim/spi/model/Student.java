package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.time.YearMonth;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A student as LIM sees one: a pseudonymous key and the few facts that scoring and matching need.
 *
 * <p>{@code attributes} carries source-specific facts that are not observations, such as the UCI
 * data set's weekly study time; they may be model inputs. {@code protectedAttributes} carries sex,
 * ethnicity, home language or family background: they are never model inputs unless a user asks for
 * it, and are kept for the fairness audit.
 *
 * @param key the pseudonymous key; never {@code null}
 * @param birthMonth year and month of birth, or {@code null} if unknown
 * @param schoolId the school's id, or {@code null} if unknown
 * @param grade the grade (class year) as of the data, 0 to 13, or {@code null} if unknown
 * @param residenceMunicipality the code of the municipality of residence, which need not be the
 *     school's; {@code null} if unknown
 * @param language the language of instruction or home language as an ISO 639 code, or {@code null}
 *     if unknown
 * @param attributes other facts by name; never {@code null}
 * @param protectedAttributes protected facts by name; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Student(
        StudentKey key,
        YearMonth birthMonth,
        String schoolId,
        Integer grade,
        String residenceMunicipality,
        String language,
        Map<String, String> attributes,
        Map<String, String> protectedAttributes) {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param key the pseudonymous key; never {@code null}
     * @param birthMonth year and month of birth, or {@code null} if unknown
     * @param schoolId the school's id, or {@code null} if unknown
     * @param grade the grade (class year) as of the data, 0 to 13, or {@code null} if unknown
     * @param residenceMunicipality the code of the municipality of residence, which need not be the
     *     school's; {@code null} if unknown
     * @param language the language of instruction or home language as an ISO 639 code, or {@code
     *     null} if unknown
     * @param attributes other facts by name; never {@code null}
     * @param protectedAttributes protected facts by name; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Student {
        Checks.present(key, "Student.key");
        if (grade != null) {
            Checks.inRange(grade, 0, 13, "Student.grade");
        }
        attributes = Checks.mapOf(attributes, "Student.attributes");
        protectedAttributes = Checks.mapOf(protectedAttributes, "Student.protectedAttributes");
    }

    /**
     * Creates a student with only a key and a school.
     *
     * @param key the key
     * @param schoolId the school id, or {@code null}
     * @return the student
     */
    public static Student of(StudentKey key, String schoolId) {
        return new Student(key, null, schoolId, null, null, null, Map.of(), Map.of());
    }

    /**
     * Computes the age in whole years on a date, if the birth month is known. The day of birth is
     * taken as the first of the month, so the result may be one year high for part of a month.
     *
     * @param date the date
     * @return the age, or {@code null} if the birth month is unknown
     */
    public Integer ageOn(java.time.LocalDate date) {
        if (birthMonth == null) {
            return null;
        }
        return java.time.Period.between(birthMonth.atDay(1), date).getYears();
    }
}
