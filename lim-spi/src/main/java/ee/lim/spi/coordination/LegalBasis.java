package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import org.apiguardian.api.API;

/**
 * The legal ground for processing or sharing personal data: a consent, or a statutory duty that
 * applies whatever the consent, such as a child-protection notification.
 *
 * @param kind consent or statutory duty; never {@code null}
 * @param reference the consent id, or the law and section, such as {@code "Child Protection Act
 *     §27"}; never blank
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LegalBasis(Kind kind, String reference) {

    /** Kinds of legal basis. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Kind {
        /** A consent given by the guardians or the young person. */
        CONSENT,
        /** A duty set by law; never blocked by missing consent. */
        STATUTORY_DUTY,
        /** A public task of the organisation, such as a school's own support work. */
        PUBLIC_TASK
    }

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param kind consent or statutory duty; never {@code null}
     * @param reference the consent id, or the law and section, such as {@code "Child Protection Act
     *     §27"}; never blank
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public LegalBasis {
        Checks.present(kind, "LegalBasis.kind");
        Checks.notBlank(reference, "LegalBasis.reference");
    }
}
