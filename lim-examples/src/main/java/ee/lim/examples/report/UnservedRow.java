package ee.lim.examples.report;

import java.util.Objects;

/**
 * A need left without a proposed service, and why.
 *
 * @param student the pseudonymous student key; never {@code null}
 * @param need the need category id; never {@code null}
 * @param municipality the student's municipality, or {@code ""}; never {@code null}
 * @param reason why no service was proposed, in the report language; never {@code null}
 */
public record UnservedRow(String student, String need, String municipality, String reason) {
    /**
     * Creates the record.
     *
     * @param student the student key
     * @param need the need category id
     * @param municipality the municipality
     * @param reason why no service was proposed
     * @throws NullPointerException if an argument is {@code null}
     */
    public UnservedRow {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(reason, "reason");
    }
}
