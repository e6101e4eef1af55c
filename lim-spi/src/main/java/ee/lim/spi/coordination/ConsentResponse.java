package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * One party's answer to a {@link Consent} request.
 *
 * @param partyId a pseudonymous id of the guardian or young person, never a name or national id;
 *     never blank
 * @param party whether a guardian or the young person answered; never {@code null}
 * @param answer the answer; never {@code null}
 * @param answeredOn the day of the answer; present exactly when {@code answer} is not {@link
 *     ConsentAnswer#UNANSWERED}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ConsentResponse(
        String partyId, ConsentParty party, ConsentAnswer answer, LocalDate answeredOn) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param partyId a pseudonymous id of the guardian or young person, never a name or national
     *     id; never blank
     * @param party whether a guardian or the young person answered; never {@code null}
     * @param answer the answer; never {@code null}
     * @param answeredOn the day of the answer; present exactly when {@code answer} is not {@link
     *     ConsentAnswer#UNANSWERED}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public ConsentResponse {
        Checks.notBlank(partyId, "ConsentResponse.partyId");
        Checks.present(party, "ConsentResponse.party");
        Checks.present(answer, "ConsentResponse.answer");
        Checks.require(
                (answer == ConsentAnswer.UNANSWERED) == (answeredOn == null),
                "ConsentResponse.answeredOn",
                "ConsentResponse.answeredOn must be given exactly when the request was answered,"
                        + " got answer "
                        + answer);
    }
}
