package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.ConflictException;
import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A closed-loop referral (suunamine) of a student to a service: the referrer sees every answer of
 * the receiving service until the loop closes. See {@link ReferralStatus} for the transitions.
 *
 * @param id the referral id; never blank
 * @param version the version it was read at, {@code 0} if not stored yet; never negative
 * @param caseId the case it belongs to; never blank
 * @param student the student; never {@code null}
 * @param serviceId the receiving service; never blank
 * @param referrerId the id of the referring specialist; never blank
 * @param status the status; never {@code null}
 * @param rejectionReason why the service rejected it; present exactly when {@code status} is {@link
 *     ReferralStatus#REJECTED}
 * @param basis the legal ground for sending the data: a consent or a statutory duty; present from
 *     {@link ReferralStatus#SENT} on, else may be {@code null}
 * @param respondBy the day the service has to answer by; present from {@code SENT} on; may be
 *     {@code null} before
 * @param changedOn the day of the last status change; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Referral(
        String id,
        long version,
        String caseId,
        StudentKey student,
        String serviceId,
        String referrerId,
        ReferralStatus status,
        RejectionReason rejectionReason,
        LegalBasis basis,
        LocalDate respondBy,
        LocalDate changedOn)
        implements CaseRecord {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id the referral id; never blank
     * @param version the version it was read at, {@code 0} if not stored yet; never negative
     * @param caseId the case it belongs to; never blank
     * @param student the student; never {@code null}
     * @param serviceId the receiving service; never blank
     * @param referrerId the id of the referring specialist; never blank
     * @param status the status; never {@code null}
     * @param rejectionReason why the service rejected it; present exactly when {@code status} is
     *     {@link ReferralStatus#REJECTED}
     * @param basis the legal ground for sending the data: a consent or a statutory duty; present
     *     from {@link ReferralStatus#SENT} on, else may be {@code null}
     * @param respondBy the day the service has to answer by; present from {@code SENT} on; may be
     *     {@code null} before
     * @param changedOn the day of the last status change; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Referral {
        Checks.notBlank(id, "Referral.id");
        Checks.require(version >= 0, "Referral.version", "Referral.version must be >= 0");
        Checks.notBlank(caseId, "Referral.caseId");
        Checks.present(student, "Referral.student");
        Checks.notBlank(serviceId, "Referral.serviceId");
        Checks.notBlank(referrerId, "Referral.referrerId");
        Checks.present(status, "Referral.status");
        Checks.require(
                (status == ReferralStatus.REJECTED) == (rejectionReason != null),
                "Referral.rejectionReason",
                "Referral.rejectionReason must be given exactly when the status is REJECTED, got"
                        + " status "
                        + status);
        if (wasSent(status)) {
            Checks.present(basis, "Referral.basis");
            Checks.present(respondBy, "Referral.respondBy");
        }
        Checks.present(changedOn, "Referral.changedOn");
    }

    private static boolean wasSent(ReferralStatus status) {
        return status != ReferralStatus.PROPOSED
                && status != ReferralStatus.CONSENT_REQUESTED
                && status != ReferralStatus.CANCELLED;
    }

    /**
     * Creates a new proposed referral, not stored yet.
     *
     * @param id the referral id; never blank
     * @param caseId the case; never blank
     * @param student the student; never {@code null}
     * @param serviceId the receiving service; never blank
     * @param referrerId the referring specialist; never blank
     * @param on the day of the proposal; never {@code null}
     * @return the referral at version {@code 0}; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public static Referral propose(
            String id,
            String caseId,
            StudentKey student,
            String serviceId,
            String referrerId,
            LocalDate on) {
        return new Referral(
                id,
                0,
                caseId,
                student,
                serviceId,
                referrerId,
                ReferralStatus.PROPOSED,
                null,
                null,
                null,
                on);
    }

    /**
     * Returns a copy in the next status, for every transition that needs no extra data.
     *
     * @param next the next status; not {@code SENT} or {@code REJECTED}, which have their own
     *     methods
     * @param on the day of the change; never {@code null}
     * @return the copy; never {@code null}
     * @throws ConflictException if the transition is not allowed
     * @throws ee.lim.spi.InvalidInputException if {@code next} needs data this method lacks
     */
    public Referral moveTo(ReferralStatus next, LocalDate on) {
        checkTransition(next);
        Checks.require(
                next != ReferralStatus.SENT && next != ReferralStatus.REJECTED,
                "Referral.status",
                "Referral.status " + next + " needs send(...) or reject(...)");
        return new Referral(
                id,
                version,
                caseId,
                student,
                serviceId,
                referrerId,
                next,
                null,
                basis,
                respondBy,
                on);
    }

    /**
     * Returns a copy sent to the service.
     *
     * @param legalBasis the consent or statutory duty the data is sent under; never {@code null}
     * @param on the day it is sent; never {@code null}
     * @param deadline the day the service has to answer by; never {@code null}
     * @return the copy; never {@code null}
     * @throws ConflictException if the referral cannot be sent from its status
     */
    public Referral send(LegalBasis legalBasis, LocalDate on, LocalDate deadline) {
        checkTransition(ReferralStatus.SENT);
        return new Referral(
                id,
                version,
                caseId,
                student,
                serviceId,
                referrerId,
                ReferralStatus.SENT,
                null,
                legalBasis,
                deadline,
                on);
    }

    /**
     * Returns a copy rejected by the service.
     *
     * @param reason why; never {@code null}
     * @param on the day of the answer; never {@code null}
     * @return the copy; never {@code null}
     * @throws ConflictException if the referral cannot be rejected from its status
     */
    public Referral reject(RejectionReason reason, LocalDate on) {
        checkTransition(ReferralStatus.REJECTED);
        return new Referral(
                id,
                version,
                caseId,
                student,
                serviceId,
                referrerId,
                ReferralStatus.REJECTED,
                Checks.present(reason, "Referral.rejectionReason"),
                basis,
                respondBy,
                on);
    }

    private void checkTransition(ReferralStatus next) {
        Checks.present(next, "Referral.status");
        if (!status.canMoveTo(next)) {
            throw new ConflictException(
                    "Referral "
                            + id
                            + " cannot move from "
                            + status
                            + " to "
                            + next
                            + "; allowed: "
                            + status.allowedNext());
        }
    }

    /**
     * Tells whether the service is late with its answer: sent, not answered, and the response
     * deadline has passed.
     *
     * @param day the day to judge on; never {@code null}
     * @return {@code true} if overdue
     */
    public boolean overdueOn(LocalDate day) {
        return status == ReferralStatus.SENT && day.isAfter(respondBy);
    }

    @Override
    public Referral withVersion(long version) {
        return new Referral(
                id,
                version,
                caseId,
                student,
                serviceId,
                referrerId,
                status,
                rejectionReason,
                basis,
                respondBy,
                changedOn);
    }
}
