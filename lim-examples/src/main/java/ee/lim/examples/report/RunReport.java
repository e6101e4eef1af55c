package ee.lim.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@code lim run} found, as written to {@code report.json} and rendered in {@code
 * report.html}.
 *
 * @param language the report language, {@code "et"} or {@code "en"}; never {@code null}
 * @param provenance where the result came from; never {@code null}
 * @param summary the head counts; never {@code null}
 * @param notes keys of the notes on how the run treated its data, such as {@code "countyWide"} when
 *     the source has no municipality of residence; each is rendered from the bundle key {@code
 *     note.<key>}; never {@code null}
 * @param students every student's result, highest risk first; never {@code null}
 * @param referrals the proposed referrals; never {@code null}
 * @param unserved the needs without a service; never {@code null}
 * @param coverage coverage by need and municipality; never {@code null}
 * @param model the model's out-of-fold quality, or {@code null} when no outcomes were known or no
 *     model was used
 * @param importProblems the records the import rejected or warned about; never {@code null}
 */
public record RunReport(
        String language,
        Provenance provenance,
        Summary summary,
        List<String> notes,
        List<StudentRow> students,
        List<ReferralRow> referrals,
        List<UnservedRow> unserved,
        List<CoverageRow> coverage,
        ModelQuality model,
        List<ProblemRow> importProblems) {
    /**
     * Creates the record, copying the lists.
     *
     * @param language the report language
     * @param provenance the provenance
     * @param summary the head counts
     * @param notes the note keys
     * @param students the students
     * @param referrals the referrals
     * @param unserved the unserved needs
     * @param coverage the coverage rows
     * @param model the model quality or {@code null}
     * @param importProblems the import problems
     * @throws NullPointerException if a reference argument other than {@code model} is {@code null}
     */
    public RunReport {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(summary, "summary");
        notes = List.copyOf(notes);
        students = List.copyOf(students);
        referrals = List.copyOf(referrals);
        unserved = List.copyOf(unserved);
        coverage = List.copyOf(coverage);
        importProblems = List.copyOf(importProblems);
    }
}
