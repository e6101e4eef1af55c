package ee.lim.plugin.estonia.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.plugin.estonia.EstonianTexts;
import ee.lim.spi.Checks;
import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * One student whose absence reason is still unknown, to be reported to the local government
 * (kohalik omavalitsus, KOV) of the student's residence by the next school day (PGS §36).
 *
 * @param student the pseudonymous key; never {@code null}
 * @param schoolId the school's id, or {@code null} if unknown
 * @param residenceMunicipality the code of the municipality of residence, or {@code null} when it
 *     is unknown and the school has to establish it first
 * @param firstUnknownDay the first day in the report window with a lesson whose reason is unknown;
 *     never {@code null}
 * @param unknownLessons lessons with an unknown reason in the window, 1 or more
 * @param deadline the first school day after {@code firstUnknownDay}; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record UnknownReasonNotice(
        StudentKey student,
        String schoolId,
        String residenceMunicipality,
        LocalDate firstUnknownDay,
        int unknownLessons,
        LocalDate deadline) {

    /**
     * Creates the record, validating the fields.
     *
     * @param student the pseudonymous key; never {@code null}
     * @param schoolId the school's id, or {@code null} if unknown
     * @param residenceMunicipality the code of the municipality of residence, or {@code null}
     * @param firstUnknownDay the first day with a lesson whose reason is unknown; never {@code
     *     null}
     * @param unknownLessons lessons with an unknown reason, 1 or more
     * @param deadline the first school day after {@code firstUnknownDay}; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public UnknownReasonNotice {
        Checks.present(student, "UnknownReasonNotice.student");
        Checks.present(firstUnknownDay, "UnknownReasonNotice.firstUnknownDay");
        Checks.inRange(unknownLessons, 1, Integer.MAX_VALUE, "UnknownReasonNotice.unknownLessons");
        Checks.present(deadline, "UnknownReasonNotice.deadline");
        Checks.require(
                deadline.isAfter(firstUnknownDay),
                "UnknownReasonNotice.deadline",
                "UnknownReasonNotice.deadline " + deadline + " is not after " + firstUnknownDay);
    }

    /**
     * Tells whether the deadline has passed on a day.
     *
     * @param day the day; never {@code null}
     * @return {@code true} if {@code day} is after the deadline
     */
    public boolean isOverdueOn(LocalDate day) {
        return day.isAfter(deadline);
    }

    /**
     * Renders the notice for school staff.
     *
     * @param locale the reader's locale; never {@code null}
     * @return one sentence with the key, the municipality, the first day and the deadline
     * @throws ee.lim.spi.InvalidInputException if {@code locale} is {@code null}
     */
    public String text(Locale locale) {
        String municipality =
                residenceMunicipality != null
                        ? residenceMunicipality
                        : EstonianTexts.text(locale, "notice.unknown-reason.residence-unknown");
        return EstonianTexts.text(
                locale,
                "notice.unknown-reason.text",
                student.value(),
                municipality,
                EstonianTexts.date(locale, firstUnknownDay),
                unknownLessons,
                EstonianTexts.date(locale, deadline));
    }
}
