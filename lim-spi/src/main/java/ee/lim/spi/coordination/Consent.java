package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A consent (nõusolek) request and its answers: sharing which data categories of a student, for
 * which purpose, with which sectors or organisations, over which period.
 *
 * <p>Whether the answers add up to a permission depends on the student's age and the jurisdiction;
 * the core's consent evaluator decides that. This record only holds the facts.
 *
 * @param id the consent id; never blank
 * @param version the version it was read at, {@code 0} if not stored yet; never negative
 * @param student the student; never {@code null}
 * @param purpose the purpose id, such as {@code "referral"} or {@code "case-coordination"}; never
 *     blank
 * @param recipientSectors the sectors that may receive the data; never {@code null}
 * @param recipientOrganisations the ids of organisations that may receive the data; never {@code
 *     null}; this and {@code recipientSectors} are not both empty
 * @param categories the data categories covered; never empty
 * @param validFrom the first day it applies; never {@code null}
 * @param validTo the last day it applies, or {@code null} with no end; not before {@code validFrom}
 * @param responses the answers of the parties asked, one per party id; never {@code null}
 * @param withdrawnOn the day it was withdrawn, from which it no longer applies, or {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Consent(
        String id,
        long version,
        StudentKey student,
        String purpose,
        Set<Sector> recipientSectors,
        Set<String> recipientOrganisations,
        Set<DataCategory> categories,
        LocalDate validFrom,
        LocalDate validTo,
        List<ConsentResponse> responses,
        LocalDate withdrawnOn)
        implements CaseRecord {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id the consent id; never blank
     * @param version the version it was read at, {@code 0} if not stored yet; never negative
     * @param student the student; never {@code null}
     * @param purpose the purpose id, such as {@code "referral"} or {@code "case-coordination"};
     *     never blank
     * @param recipientSectors the sectors that may receive the data; never {@code null}
     * @param recipientOrganisations the ids of organisations that may receive the data; never
     *     {@code null}; this and {@code recipientSectors} are not both empty
     * @param categories the data categories covered; never empty
     * @param validFrom the first day it applies; never {@code null}
     * @param validTo the last day it applies, or {@code null} with no end; not before {@code
     *     validFrom}
     * @param responses the answers of the parties asked, one per party id; never {@code null}
     * @param withdrawnOn the day it was withdrawn, from which it no longer applies, or {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Consent {
        Checks.notBlank(id, "Consent.id");
        Checks.require(version >= 0, "Consent.version", "Consent.version must be >= 0");
        Checks.present(student, "Consent.student");
        Checks.notBlank(purpose, "Consent.purpose");
        recipientSectors = Checks.setOf(recipientSectors, "Consent.recipientSectors");
        recipientOrganisations =
                Checks.setOf(recipientOrganisations, "Consent.recipientOrganisations");
        Checks.require(
                !recipientSectors.isEmpty() || !recipientOrganisations.isEmpty(),
                "Consent.recipientSectors",
                "Consent names no recipient; give a sector or an organisation");
        categories = Checks.setOf(categories, "Consent.categories");
        Checks.require(
                !categories.isEmpty(),
                "Consent.categories",
                "Consent.categories is empty; name the data categories covered");
        Checks.present(validFrom, "Consent.validFrom");
        Checks.require(
                validTo == null || !validTo.isBefore(validFrom),
                "Consent.validTo",
                "Consent.validTo must not be before validFrom, got "
                        + validFrom
                        + " to "
                        + validTo);
        responses = Checks.listOf(responses, "Consent.responses");
        Set<String> parties = new HashSet<>();
        for (ConsentResponse response : responses) {
            Checks.require(
                    parties.add(response.partyId()),
                    "Consent.responses",
                    "Consent.responses has two answers from one party; keep the latest");
        }
    }

    /**
     * Tells whether the consent's scope covers a share, whatever the answers and dates.
     *
     * @param purposeId the purpose; never {@code null}
     * @param sector the recipient's sector; never {@code null}
     * @param organisationId the recipient's organisation; never {@code null}
     * @param wanted the categories to share; never {@code null}
     * @return {@code true} if purpose, recipient and every category are covered
     */
    public boolean covers(
            String purposeId, Sector sector, String organisationId, Set<DataCategory> wanted) {
        return purpose.equals(purposeId)
                && (recipientSectors.contains(sector)
                        || recipientOrganisations.contains(organisationId))
                && categories.containsAll(wanted);
    }

    /**
     * Tells whether a day lies in the validity period and before any withdrawal.
     *
     * @param day the day; never {@code null}
     * @return {@code true} if the consent applies on that day, as far as dates go
     */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom)
                && (validTo == null || !day.isAfter(validTo))
                && (withdrawnOn == null || day.isBefore(withdrawnOn));
    }

    /**
     * Returns a copy withdrawn from a day on.
     *
     * @param day the first day it no longer applies; never {@code null}
     * @return the copy; never {@code null}
     */
    public Consent withdraw(LocalDate day) {
        Checks.present(day, "Consent.withdrawnOn");
        return new Consent(
                id,
                version,
                student,
                purpose,
                recipientSectors,
                recipientOrganisations,
                categories,
                validFrom,
                validTo,
                responses,
                day);
    }

    /**
     * Returns a copy with one party's answer set, replacing that party's earlier answer.
     *
     * @param response the answer; never {@code null}
     * @return the copy; never {@code null}
     */
    public Consent withResponse(ConsentResponse response) {
        Checks.present(response, "Consent.responses");
        List<ConsentResponse> updated = new java.util.ArrayList<>();
        for (ConsentResponse existing : responses) {
            if (!existing.partyId().equals(response.partyId())) {
                updated.add(existing);
            }
        }
        updated.add(response);
        return new Consent(
                id,
                version,
                student,
                purpose,
                recipientSectors,
                recipientOrganisations,
                categories,
                validFrom,
                validTo,
                updated,
                withdrawnOn);
    }

    @Override
    public Consent withVersion(long version) {
        return new Consent(
                id,
                version,
                student,
                purpose,
                recipientSectors,
                recipientOrganisations,
                categories,
                validFrom,
                validTo,
                responses,
                withdrawnOn);
    }
}
