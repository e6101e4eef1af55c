package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.service.Need;
import ee.lim.spi.service.NeedCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * How many students' needs a matching covers, per need category and municipality of residence.
 *
 * @param rows the rows, sorted by need and municipality; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CoverageTable(List<CoverageRow> rows) {
    /** The municipality code used for students whose municipality is unknown. */
    public static final String UNKNOWN = "unknown";

    /**
     * Creates the record, copying the rows.
     *
     * @param rows the rows; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if {@code rows} is null or contains null
     */
    public CoverageTable {
        rows = Checks.listOf(rows, "CoverageTable.rows");
    }

    /**
     * Counts the coverage of a matching result.
     *
     * @param problem the problem that was matched; never {@code null}
     * @param result its result; never {@code null}
     * @return the table; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if an argument is null
     */
    public static CoverageTable of(MatchingProblem problem, MatchingResult result) {
        Checks.present(problem, "problem");
        Checks.present(result, "result");
        Map<StudentKey, String> municipality = new HashMap<>();
        for (StudentFacts facts : problem.students()) {
            String code = facts.student().residenceMunicipality();
            municipality.put(facts.student().key(), code == null ? UNKNOWN : code);
        }
        Set<String> proposed = new HashSet<>();
        for (Proposal proposal : result.proposals()) {
            proposed.add(proposal.student().value() + '\n' + proposal.need().id());
        }
        Map<NeedCategory, Map<String, int[]>> counts = new TreeMap<>();
        for (Need need : problem.needs()) {
            int[] cell =
                    counts.computeIfAbsent(need.category(), c -> new TreeMap<>())
                            .computeIfAbsent(municipality.get(need.student()), m -> new int[2]);
            cell[0]++;
            if (proposed.contains(need.student().value() + '\n' + need.category().id())) {
                cell[1]++;
            }
        }
        List<CoverageRow> rows = new ArrayList<>();
        counts.forEach(
                (need, byMunicipality) ->
                        byMunicipality.forEach(
                                (code, cell) ->
                                        rows.add(new CoverageRow(need, code, cell[0], cell[1]))));
        return new CoverageTable(rows);
    }

    /**
     * Sums the students with a need over all rows.
     *
     * @return the total of {@link CoverageRow#withNeed()}
     */
    public int totalWithNeed() {
        return rows.stream().mapToInt(CoverageRow::withNeed).sum();
    }

    /**
     * Sums the students proposed a service over all rows.
     *
     * @return the total of {@link CoverageRow#proposed()}
     */
    public int totalProposed() {
        return rows.stream().mapToInt(CoverageRow::proposed).sum();
    }
}
