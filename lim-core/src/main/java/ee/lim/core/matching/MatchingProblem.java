package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.service.Need;
import ee.lim.spi.service.Service;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One matching run's input: students with their facts, their needs, the services and the weights.
 *
 * <p>Needs are expected one per student and category, as {@link ee.lim.core.needs.NeedMerger}
 * produces them.
 *
 * @param asOf the date the run looks from (age is computed on it); never {@code null}
 * @param students the students, keys unique; never {@code null}
 * @param needs the needs, each of a listed student, at most one per student and category; never
 *     {@code null}
 * @param services the services, ids unique; never {@code null}
 * @param config the weights; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MatchingProblem(
        LocalDate asOf,
        List<StudentFacts> students,
        List<Need> needs,
        List<Service> services,
        MatchingConfig config) {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param asOf the as-of date; never {@code null}
     * @param students the students, keys unique; never {@code null}
     * @param needs the needs; never {@code null}
     * @param services the services, ids unique; never {@code null}
     * @param config the weights; never {@code null}
     * @throws InvalidInputException if a field is null, a key or id repeats, a need names an
     *     unlisted student, or a student has two needs of one category
     */
    public MatchingProblem {
        Checks.present(asOf, "MatchingProblem.asOf");
        students = Checks.listOf(students, "MatchingProblem.students");
        needs = Checks.listOf(needs, "MatchingProblem.needs");
        services = Checks.listOf(services, "MatchingProblem.services");
        Checks.present(config, "MatchingProblem.config");
        Set<StudentKey> keys = new HashSet<>();
        for (StudentFacts facts : students) {
            if (!keys.add(facts.student().key())) {
                throw new InvalidInputException(
                        "MatchingProblem.students",
                        "MatchingProblem.students lists student "
                                + facts.student().key()
                                + " twice; give each student once");
            }
        }
        Set<String> pairs = new HashSet<>();
        for (Need need : needs) {
            if (!keys.contains(need.student())) {
                throw new InvalidInputException(
                        "MatchingProblem.needs",
                        "A need of category "
                                + need.category()
                                + " names student "
                                + need.student()
                                + ", who is not in MatchingProblem.students");
            }
            if (!pairs.add(need.student().value() + '\n' + need.category().id())) {
                throw new InvalidInputException(
                        "MatchingProblem.needs",
                        "Student "
                                + need.student()
                                + " has two needs of category "
                                + need.category()
                                + "; merge them with NeedMerger first");
            }
        }
        Set<String> ids = new HashSet<>();
        for (Service service : services) {
            if (!ids.add(service.id())) {
                throw new InvalidInputException(
                        "MatchingProblem.services",
                        "MatchingProblem.services lists service " + service.id() + " twice");
            }
        }
    }
}
