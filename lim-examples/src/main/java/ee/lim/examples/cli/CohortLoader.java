package ee.lim.examples.cli;

import ee.lim.spi.CohortSource;
import ee.lim.spi.ImportReport;
import ee.lim.spi.SourceInput;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.CohortSink;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Reads the cohort a command names: the source plugin, the input or its default, the options. */
final class CohortLoader {
    private CohortLoader() {}

    /**
     * Checks that a given input exists, before any other work.
     *
     * @throws ParameterException if {@code --input} names nothing
     */
    static void checkInput(SourceOptions options, CommandLine commandLine) {
        if (options.input != null && !Files.exists(options.input)) {
            throw new ParameterException(
                    commandLine,
                    "Input not found: "
                            + options.input
                            + "; give an existing file or folder with --input");
        }
    }

    static LoadedCohort load(
            CohortSource source,
            SourceOptions options,
            CommandLine commandLine,
            Progress progress) {
        SourceInput input;
        String label;
        if (options.input == null) {
            SourceInput bundled = BundledData.cohort(source, commandLine);
            Map<String, String> merged = new java.util.LinkedHashMap<>(bundled.options());
            merged.putAll(options.sourceOptions);
            input = new SourceInput(bundled.location(), merged);
            label = BundledData.cohortLabel(source);
        } else {
            if (!Files.exists(options.input)) {
                throw new ParameterException(
                        commandLine,
                        "Input not found: "
                                + options.input
                                + "; give an existing file or folder with --input");
            }
            input = new SourceInput(options.input, options.sourceOptions);
            label = options.input.toString();
        }

        progress.start("Reading the cohort");
        Collector collector = new Collector();
        ImportReport report = source.read(input, collector);
        Cohort cohort = new Cohort(collector.schools, collector.students, collector.observations);
        progress.done();
        String sha256 =
                report.inputSha256().isEmpty() ? sha256(input.location()) : report.inputSha256();
        return new LoadedCohort(source, cohort, report, label, sha256);
    }

    /** Hashes a file, or a folder's regular files in name order with their relative names. */
    static String sha256(Path location) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(location)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    digest.update(
                            location.relativize(file)
                                    .toString()
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    update(digest, file);
                }
            } else {
                update(digest, location);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    /** Collects what a source reads, in order. */
    private static final class Collector implements CohortSink {
        final List<School> schools = new ArrayList<>();
        final List<Student> students = new ArrayList<>();
        final List<Observation> observations = new ArrayList<>();

        @Override
        public void school(School school) {
            schools.add(school);
        }

        @Override
        public void student(Student student) {
            students.add(student);
        }

        @Override
        public void observation(Observation observation) {
            observations.add(observation);
        }
    }
}
