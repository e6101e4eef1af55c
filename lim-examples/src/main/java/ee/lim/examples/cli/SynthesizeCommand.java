package ee.lim.examples.cli;

import ee.lim.plugin.exchange.ExchangeWriter;
import ee.lim.testkit.SyntheticCohort;
import ee.lim.testkit.VoruCohort;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lim synthesize}: writes a seeded synthetic cohort in the LIM exchange format, so that
 * {@code lim run --source exchange} can read it like a school's export.
 */
@Command(
        name = "synthesize",
        mixinStandardHelpOptions = true,
        description = {
            "Write a seeded synthetic cohort in the LIM exchange format (CSV files in a folder).",
            "The 'voru' cohort has students of the five Võru County local governments in schools"
                    + " of illustrative sizes, lesson-level attendance, grades on the 1-5 scale and"
                    + " incidents over the school year 2025/26. No real person is in it."
        })
final class SynthesizeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "--cohort",
            paramLabel = "NAME",
            defaultValue = "voru",
            description = "Which synthetic cohort: voru or generic. Default: ${DEFAULT-VALUE}.")
    String cohort;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "1",
            description =
                    "Random seed; the same seed writes the same files. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--students",
            paramLabel = "N",
            description = "Number of students of the generic cohort (default 200).")
    Integer students;

    @Option(
            names = "--out",
            paramLabel = "FOLDER",
            required = true,
            description = "Folder to write the exchange files into; it must be new or empty.")
    Path out;

    @Override
    public Integer call() throws IOException {
        SyntheticCohort.Builder builder;
        if ("voru".equals(cohort)) {
            builder = VoruCohort.builder();
            if (students != null) {
                throw usage("--students applies to the generic cohort only");
            }
        } else if ("generic".equals(cohort)) {
            builder = SyntheticCohort.builder().students(students == null ? 200 : students);
        } else {
            throw usage("Unknown cohort '" + cohort + "'; use voru or generic");
        }
        if (students != null && students < 1) {
            throw usage("--students must be 1 or more, got " + students);
        }
        if (Files.exists(out) && !isEmptyFolder(out)) {
            throw usage("Output folder " + out + " is not empty; give a new or empty folder");
        }

        SyntheticCohort generator = builder.seed(seed).build();
        ExchangeWriter writer = ExchangeWriter.open(out);
        long observations;
        try {
            observations = generator.generate(writer);
        } catch (RuntimeException e) {
            writer.abort();
            throw e;
        }
        writer.close();

        PrintWriter printer = spec.commandLine().getOut();
        printer.printf(
                "Wrote the %s cohort (seed %d, %,d observations) to %s%n",
                cohort, seed, observations, out);
        printer.printf("Read it with: lim run --source exchange --input %s%n", out);
        printer.flush();
        return Lim.OK;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
