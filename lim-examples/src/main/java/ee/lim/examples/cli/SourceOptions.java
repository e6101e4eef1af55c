package ee.lim.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that choose the cohort and the as-of date, shared by run and evaluate. */
final class SourceOptions {
    @Option(
            names = "--source",
            paramLabel = "ID",
            defaultValue = "uci",
            description =
                    "Id of the cohort source plugin that reads the input (see 'lim plugins')."
                            + " Default: ${DEFAULT-VALUE}.")
    String source;

    @Option(
            names = "--input",
            paramLabel = "PATH",
            description =
                    "File or folder the source reads. Default for the uci source: the bundled"
                            + " UCI student-por.csv; other sources need it.")
    Path input;

    @Option(
            names = "--source-option",
            paramLabel = "KEY=VALUE",
            description = "A setting of the source plugin, such as course=mat for uci; repeatable.")
    Map<String, String> sourceOptions = new LinkedHashMap<>();

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            converter = DateConverter.class,
            description =
                    "Compute risk from observations dated before this day. Default: for a cohort"
                            + " with known outcomes, the day after its first grading date (the end"
                            + " of the first period); otherwise today.")
    LocalDate asOf;
}
