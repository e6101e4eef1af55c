package ee.lim.plugin.estonia.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.StudyPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Lists the students whose absence reason is still unknown, for the notice to the local government
 * of residence, and the students to enter into EHIS after a study quarter.
 *
 * <p>Under PGS §36 the parent reports an absence on its first day, otherwise the school contacts
 * the parent; if the reason cannot be established, the school notifies the local government of the
 * student's residence, which need not be the school's, by the next school day. A lesson recorded as
 * {@link AttendanceStatus#REASON_UNKNOWN} is such an absence; once the school records a reason, the
 * source sends the new status and the lesson drops out of the list.
 *
 * <p>Instances are immutable and thread-safe. Running time is linear in the number of observations.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EhisAbsenceReport {
    /** The key {@link #byMunicipality} uses for notices whose residence is unknown. */
    public static final String RESIDENCE_UNKNOWN = "residence-unknown";

    private final SchoolDays schoolDays;

    /**
     * Creates the report with a school-day calendar for the deadlines.
     *
     * @param schoolDays the school days; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if {@code schoolDays} is {@code null}
     */
    public EhisAbsenceReport(SchoolDays schoolDays) {
        this.schoolDays = Checks.present(schoolDays, "schoolDays");
    }

    /**
     * Lists the notices for a cohort.
     *
     * @param cohort the cohort; never {@code null}
     * @param from the first day of the report window; never {@code null}
     * @param asOf the report day: records dated on or after it are not seen yet; never {@code null}
     * @return one notice per student with a reason-unknown lesson in {@code [from, asOf)}, ordered
     *     by municipality code (unknown last), then first unknown day, then key
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null} or {@code from} is
     *     after {@code asOf}
     */
    public List<UnknownReasonNotice> unknownReasonNotices(
            Cohort cohort, LocalDate from, LocalDate asOf) {
        Checks.present(cohort, "cohort");
        return unknownReasonNotices(cohort.students(), cohort.observations(), from, asOf);
    }

    /**
     * Lists the notices for students and their observations.
     *
     * @param students the students; never {@code null}
     * @param observations observations about them; observations of unknown students are ignored;
     *     never {@code null}
     * @param from the first day of the report window; never {@code null}
     * @param asOf the report day: records dated on or after it are not seen yet; never {@code null}
     * @return one notice per student with a reason-unknown lesson in {@code [from, asOf)}, ordered
     *     by municipality code (unknown last), then first unknown day, then key
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null} or {@code from} is
     *     after {@code asOf}
     */
    public List<UnknownReasonNotice> unknownReasonNotices(
            Collection<Student> students,
            Collection<? extends Observation> observations,
            LocalDate from,
            LocalDate asOf) {
        Checks.present(students, "students");
        Checks.present(observations, "observations");
        Checks.present(from, "from");
        Checks.present(asOf, "asOf");
        Checks.require(!from.isAfter(asOf), "from", "from " + from + " is after asOf " + asOf);
        Map<StudentKey, Student> byKey = new HashMap<>();
        for (Student student : students) {
            byKey.put(student.key(), student);
        }
        Map<StudentKey, LocalDate> firstDay = new LinkedHashMap<>();
        Map<StudentKey, Integer> lessons = new HashMap<>();
        for (Observation observation : observations) {
            if (observation instanceof AttendanceEvent event
                    && event.status() == AttendanceStatus.REASON_UNKNOWN
                    && !event.date().isBefore(from)
                    && event.date().isBefore(asOf)
                    && byKey.containsKey(event.student())) {
                firstDay.merge(event.student(), event.date(), (a, b) -> a.isBefore(b) ? a : b);
                lessons.merge(event.student(), 1, Integer::sum);
            }
        }
        List<UnknownReasonNotice> notices = new ArrayList<>();
        for (Map.Entry<StudentKey, LocalDate> entry : firstDay.entrySet()) {
            Student student = byKey.get(entry.getKey());
            notices.add(
                    new UnknownReasonNotice(
                            student.key(),
                            student.schoolId(),
                            student.residenceMunicipality(),
                            entry.getValue(),
                            lessons.get(entry.getKey()),
                            schoolDays.nextSchoolDay(entry.getValue())));
        }
        notices.sort(
                Comparator.comparing(
                                UnknownReasonNotice::residenceMunicipality,
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(UnknownReasonNotice::firstUnknownDay)
                        .thenComparing(UnknownReasonNotice::student));
        return List.copyOf(notices);
    }

    /**
     * Lists the students to enter into EHIS for a study period: those who missed more than 20 % of
     * the period's lessons without a valid reason (PGS §36(4)), counted as {@link QuarterAbsence}
     * does.
     *
     * @param cohort the cohort; never {@code null}
     * @param period the study quarter; never {@code null}
     * @param lessonMinutes the lesson length used to convert day records, 1 to 240
     * @return the counts of each such student, by student key, in key order
     * @throws ee.lim.spi.InvalidInputException if an argument is {@code null} or out of range
     */
    public static Map<StudentKey, QuarterAbsence> ehisEntries(
            Cohort cohort, StudyPeriod period, int lessonMinutes) {
        Checks.present(cohort, "cohort");
        Checks.present(period, "period");
        Map<StudentKey, QuarterAbsence> entries = new TreeMap<>();
        LocalDate after = period.end().plusDays(1);
        for (Map.Entry<StudentKey, List<Observation>> student :
                cohort.observationsByStudent().entrySet()) {
            QuarterAbsence absence =
                    QuarterAbsence.count(student.getValue(), period, after, lessonMinutes);
            if (absence.isAbove(EhisAbsenceRulePack.THRESHOLD_PERCENT)) {
                entries.put(student.getKey(), absence);
            }
        }
        return entries;
    }

    /**
     * Groups notices by the municipality that must receive them.
     *
     * @param notices the notices; never {@code null}
     * @return a map sorted by municipality code, with {@link #RESIDENCE_UNKNOWN} for notices whose
     *     residence is unknown; each list keeps the input order
     * @throws ee.lim.spi.InvalidInputException if {@code notices} or an element is {@code null}
     */
    public static Map<String, List<UnknownReasonNotice>> byMunicipality(
            List<UnknownReasonNotice> notices) {
        Map<String, List<UnknownReasonNotice>> grouped = new TreeMap<>();
        for (UnknownReasonNotice notice : Checks.listOf(notices, "notices")) {
            String code =
                    notice.residenceMunicipality() == null
                            ? RESIDENCE_UNKNOWN
                            : notice.residenceMunicipality();
            grouped.computeIfAbsent(code, c -> new ArrayList<>()).add(notice);
        }
        grouped.replaceAll((code, list) -> List.copyOf(list));
        return grouped;
    }
}
