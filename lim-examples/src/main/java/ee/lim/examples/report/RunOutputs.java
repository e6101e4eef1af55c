package ee.lim.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the files of {@code lim run} into an output folder all at once: {@code report.json},
 * {@code students.csv}, {@code referrals.csv}, {@code coverage.csv} and {@code report.html}.
 *
 * <p>The files go to a temporary folder next to the target first, which then replaces the target
 * (see {@link OutputFolder}), so a failed run leaves the previous output as it was. Stateless and
 * thread-safe; two runs into one folder at once are not supported.
 */
public final class RunOutputs {
    /** The file names, in the order they are written. */
    public static final List<String> FILES =
            List.of("report.json", "students.csv", "referrals.csv", "coverage.csv", "report.html");

    private RunOutputs() {}

    /**
     * Writes every output file of a run.
     *
     * @param report the report; never {@code null}
     * @param folder the output folder; created if missing, replaced if it contains only files named
     *     in {@link #FILES}
     * @throws IOException if a file cannot be written or the folder cannot be replaced
     * @throws OutputFolder.NotAnOutputFolderException if {@code folder} exists and contains an
     *     entry that is not one of {@link #FILES}
     */
    public static void write(RunReport report, Path folder) throws IOException {
        OutputFolder.replace(
                folder,
                Set.copyOf(FILES),
                temp -> {
                    write(temp.resolve("report.json"), ReportJson.write(report));
                    write(temp.resolve("students.csv"), students(report));
                    write(temp.resolve("referrals.csv"), referrals(report));
                    write(temp.resolve("coverage.csv"), coverage(report));
                    write(temp.resolve("report.html"), HtmlReport.render(report));
                });
    }

    static String students(RunReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (StudentRow row : report.students()) {
            rows.add(
                    List.of(
                            row.key(),
                            row.school(),
                            row.municipality(),
                            row.band().name(),
                            row.probability() == null ? "" : fraction(row.probability()),
                            row.reasons().stream()
                                    .map(ReasonRow::text)
                                    .collect(Collectors.joining(" | ")),
                            String.join(" ", row.needs())));
        }
        return Csv.table(
                List.of(
                        "student_key",
                        "school",
                        "municipality",
                        "band",
                        "probability",
                        "top_reasons",
                        "needs"),
                rows);
    }

    static String referrals(RunReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (ReferralRow row : report.referrals()) {
            rows.add(
                    List.of(
                            row.student(),
                            row.need(),
                            row.serviceId(),
                            row.serviceName(),
                            row.provider(),
                            row.municipality(),
                            fraction(row.priority()),
                            row.reason(),
                            row.nextBest()));
        }
        return Csv.table(
                List.of(
                        "student_key",
                        "need",
                        "service_id",
                        "service_name",
                        "provider",
                        "municipality",
                        "priority",
                        "reason",
                        "next_best"),
                rows);
    }

    static String coverage(RunReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (CoverageRow row : report.coverage()) {
            rows.add(
                    List.of(
                            row.need(),
                            row.municipality(),
                            String.valueOf(row.withNeed()),
                            String.valueOf(row.covered()),
                            String.valueOf(row.gap())));
        }
        return Csv.table(List.of("need", "municipality", "with_need", "covered", "gap"), rows);
    }

    private static String fraction(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
