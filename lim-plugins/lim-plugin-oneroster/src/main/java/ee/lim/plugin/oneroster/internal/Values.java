package ee.lim.plugin.oneroster.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/** Parsers and code lists for OneRoster 1.2 values. Stateless. */
final class Values {
    /** The 1.2 role vocabulary of roles.csv; {@code ext:} values are extensions. */
    static final Set<String> ROLES =
            Set.of(
                    "aide",
                    "counselor",
                    "districtAdministrator",
                    "guardian",
                    "parent",
                    "principal",
                    "proctor",
                    "relative",
                    "siteAdministrator",
                    "student",
                    "systemAdministrator",
                    "teacher");

    /** The 1.2 org types. */
    static final Set<String> ORG_TYPES =
            Set.of("department", "school", "district", "local", "state", "national");

    /** The 1.2 enrolment roles. */
    static final Set<String> ENROLLMENT_ROLES =
            Set.of("administrator", "proctor", "student", "teacher");

    /** The 1.2 academic session types. */
    static final Set<String> SESSION_TYPES =
            Set.of("gradingPeriod", "semester", "schoolYear", "term");

    /** The 1.2 score statuses of results.csv. */
    static final Set<String> SCORE_STATUSES =
            Set.of("exempt", "fully graded", "not submitted", "partially graded", "submitted");

    /** The sex values of demographics.csv. */
    static final Set<String> SEXES = Set.of("male", "female", "other", "unspecified");

    private Values() {}

    /**
     * Tells whether a value is in a vocabulary or is an {@code ext:} extension value.
     *
     * @param vocabulary the defined values
     * @param value the value
     * @return {@code true} if allowed
     */
    static boolean inVocabulary(Set<String> vocabulary, String value) {
        return vocabulary.contains(value) || (value.startsWith("ext:") && value.length() > 4);
    }

    /**
     * Parses a date or a date-time and keeps the calendar date; a date-time with an offset is taken
     * in UTC.
     *
     * @param value an ISO 8601 date such as {@code 2024-01-15} or date-time such as {@code
     *     2024-01-15T10:00:00.000Z}
     * @return the date, or empty if the value is neither
     */
    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeException e) {
            // Not a bare date; try the date-time forms.
        }
        try {
            return Optional.of(
                    OffsetDateTime.parse(value)
                            .withOffsetSameInstant(ZoneOffset.UTC)
                            .toLocalDate());
        } catch (DateTimeException e) {
            // No offset; try a local date-time.
        }
        try {
            return Optional.of(LocalDateTime.parse(value).toLocalDate());
        } catch (DateTimeException e) {
            // Last form: an instant.
        }
        try {
            return Optional.of(LocalDate.ofInstant(Instant.parse(value), ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses a finite decimal number.
     *
     * @param value the text
     * @return the number, or empty if the text is not a finite decimal number
     */
    static Optional<Double> number(String value) {
        try {
            double parsed = new BigDecimal(value).doubleValue();
            return Double.isFinite(parsed) ? Optional.of(parsed) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
