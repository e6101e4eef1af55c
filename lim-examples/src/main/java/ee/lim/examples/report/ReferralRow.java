package ee.lim.examples.report;

import java.util.Objects;

/**
 * A proposed referral: a student's need matched to a service with room. A proposal only; a
 * specialist decides.
 *
 * @param student the pseudonymous student key; never {@code null}
 * @param need the need category id; never {@code null}
 * @param serviceId the service id; never {@code null}
 * @param serviceName the service name; never {@code null}
 * @param provider the service provider's name; never {@code null}
 * @param municipality the student's municipality, or {@code ""}; never {@code null}
 * @param priority the need's priority in {@code [0, 1]}
 * @param reason why this service was chosen, in the report language; never {@code null}
 * @param nextBest the next best service's name, or {@code ""} when there was none; never {@code
 *     null}
 */
public record ReferralRow(
        String student,
        String need,
        String serviceId,
        String serviceName,
        String provider,
        String municipality,
        double priority,
        String reason,
        String nextBest) {
    /**
     * Creates the record.
     *
     * @param student the student key
     * @param need the need category id
     * @param serviceId the service id
     * @param serviceName the service name
     * @param provider the provider name
     * @param municipality the municipality
     * @param priority the need's priority
     * @param reason why this service
     * @param nextBest the next best service
     * @throws NullPointerException if an argument is {@code null}
     */
    public ReferralRow {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(nextBest, "nextBest");
    }
}
