package ee.lim.core.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.coordination.Case;
import ee.lim.spi.coordination.DataCategory;
import ee.lim.spi.model.StudentKey;
import org.apiguardian.api.API;

/**
 * One read or change of a student's personal data, as the access policy sees it.
 *
 * @param operation read or write; never {@code null}
 * @param action the name recorded in the audit trail, such as {@code "case.read"}; never blank
 * @param student the student; never {@code null}
 * @param caseFile the case the access belongs to, whose team counts for team-only rules, or {@code
 *     null} outside a case; when present, about {@code student}
 * @param category the data category; never {@code null}
 * @param statutoryDuty the reference of the statutory duty the access is made under, such as {@code
 *     "Child Protection Act §27"}, or {@code null} for ordinary work
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AccessRequest(
        Operation operation,
        String action,
        StudentKey student,
        Case caseFile,
        DataCategory category,
        String statutoryDuty) {
    /**
     * Creates the record, validating the fields.
     *
     * @param operation read or write; never {@code null}
     * @param action the name recorded in the audit trail, such as {@code "case.read"}; never blank
     * @param student the student; never {@code null}
     * @param caseFile the case the access belongs to, or {@code null} outside a case; when present,
     *     about {@code student}
     * @param category the data category; never {@code null}
     * @param statutoryDuty the reference of the statutory duty the access is made under, or {@code
     *     null} for ordinary work
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public AccessRequest {
        Checks.present(operation, "AccessRequest.operation");
        Checks.notBlank(action, "AccessRequest.action");
        Checks.present(student, "AccessRequest.student");
        Checks.require(
                caseFile == null || caseFile.student().equals(student),
                "AccessRequest.caseFile",
                "AccessRequest.caseFile is about another student than AccessRequest.student");
        Checks.present(category, "AccessRequest.category");
        if (statutoryDuty != null) {
            Checks.notBlank(statutoryDuty, "AccessRequest.statutoryDuty");
        }
    }

    /**
     * Creates a request for ordinary work within a case.
     *
     * @param operation read or write; never {@code null}
     * @param action the audit name; never blank
     * @param caseFile the case; never {@code null}
     * @param category the data category; never {@code null}
     * @return the request; never {@code null}
     */
    public static AccessRequest inCase(
            Operation operation, String action, Case caseFile, DataCategory category) {
        Checks.present(caseFile, "AccessRequest.caseFile");
        return new AccessRequest(operation, action, caseFile.student(), caseFile, category, null);
    }
}
