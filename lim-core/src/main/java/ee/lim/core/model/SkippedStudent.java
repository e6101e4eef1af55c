package ee.lim.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.StudentKey;
import org.apiguardian.api.API;

/**
 * A student that {@link DatasetBuilder} left out, with the reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @param student the student's key; never {@code null}
 * @param reason why, in English, without personal data; never blank
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SkippedStudent(StudentKey student, String reason) {
    /**
     * Creates the record, validating the fields.
     *
     * @param student the student's key; never {@code null}
     * @param reason why, in English, without personal data; never blank
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public SkippedStudent {
        Checks.present(student, "SkippedStudent.student");
        Checks.notBlank(reason, "SkippedStudent.reason");
    }
}
