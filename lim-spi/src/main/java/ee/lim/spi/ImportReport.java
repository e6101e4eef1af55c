package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What an import did: how many records of each kind it accepted and which it rejected, with
 * reasons.
 *
 * <p>Every rejected record appears in {@link #problems()}; the caller decides whether a run with
 * rejections may go on. {@code accepted} counts per record kind, such as {@code "students"} or
 * {@code "attendance"}.
 *
 * @param source the id of the plugin that imported; never {@code null}
 * @param accepted records loaded per kind; never {@code null}
 * @param problems rejections and warnings in file order; never {@code null}
 * @param inputSha256 hex SHA-256 over the input bytes as read, for provenance, or {@code ""}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ImportReport(
        String source,
        Map<String, Long> accepted,
        List<ImportProblem> problems,
        String inputSha256) {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param source the id of the plugin that imported; never {@code null}
     * @param accepted records loaded per kind; never {@code null}
     * @param problems rejections and warnings in file order; never {@code null}
     * @param inputSha256 hex SHA-256 over the input bytes as read, for provenance, or {@code ""}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public ImportReport {
        Checks.notBlank(source, "ImportReport.source");
        accepted = Checks.mapOf(accepted, "ImportReport.accepted");
        problems = Checks.listOf(problems, "ImportReport.problems");
        Checks.present(inputSha256, "ImportReport.inputSha256");
    }

    /**
     * Counts the rejected records.
     *
     * @return the number of problems with severity {@link ImportProblem.Severity#REJECTED}
     */
    public long rejectedCount() {
        return problems.stream()
                .filter(p -> p.severity() == ImportProblem.Severity.REJECTED)
                .count();
    }

    /**
     * Counts the accepted records of all kinds.
     *
     * @return the sum of {@link #accepted()}
     */
    public long acceptedCount() {
        return accepted.values().stream().mapToLong(Long::longValue).sum();
    }
}
