package ee.lim.plugin.oneroster.internal;

import ee.lim.spi.CohortSource;
import ee.lim.spi.ImportReport;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SourceInput;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.CohortSink;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a 1EdTech OneRoster 1.2 CSV export: a folder with {@code manifest.csv} and the files it
 * names ({@code file.<name>} = {@code bulk}, {@code delta} or {@code absent}).
 *
 * <p>Students are the users with a {@code student} role in {@code roles.csv}. Their {@link
 * ee.lim.spi.model.StudentKey} is an HMAC-SHA256 of the sourcedId under the secret option {@code
 * pseudonymKey}; names, usernames, emails and phone numbers are never read. Orgs of type {@code
 * school} become schools, {@code demographics.csv} gives the protected attribute {@code sex} and
 * the birth month, and fully graded {@code results.csv} rows become grades on the score range of
 * their line item.
 *
 * <p>Options:
 *
 * <ul>
 *   <li>{@code pseudonymKey} (required): the secret of at least 16 characters behind the keys.
 *   <li>{@code passMark}: the pass mark as a fraction of each line item's score range, 0 to 1;
 *       default 0.5, the midpoint.
 *   <li>{@code delta}: folders of delta exports to apply after the input folder, in order,
 *       separated by the platform path separator ({@code :} on Linux).
 * </ul>
 *
 * <p>The whole export is loaded before the first record goes to the sink, so an export that cannot
 * be read leaves the sink untouched. Memory grows with the number of rows. OneRoster has no
 * attendance. Stateless and thread-safe.
 */
public final class OneRosterSource implements CohortSource {
    /** The plugin id. */
    public static final String ID = "oneroster";

    /** Creates the source. */
    public OneRosterSource() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "1EdTech OneRoster 1.2 CSV export (rostering and gradebook results)";
    }

    /**
     * Reads the export folder at {@code input.location()} and any delta folders.
     *
     * @param input the folder (or its {@code manifest.csv}) and the options; never {@code null}
     * @param sink receives the schools, students and grades; never {@code null}
     * @return the counts per record kind and every rejected row
     * @throws InvalidInputException if an option is missing or invalid, a folder or its manifest is
     *     missing or not OneRoster 1.2, {@code users.csv} or {@code roles.csv} is absent, or a file
     *     the manifest names is missing, unreadable or lacks a required column
     */
    @Override
    public ImportReport read(SourceInput input, CohortSink sink) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(sink, "sink");
        StudentKeys keys = new StudentKeys(input.option("pseudonymKey", null));
        double passFraction = passFraction(input.option("passMark", "0.5"));
        Path folder = folderOf(input.location(), "input");
        List<Path> deltas = deltaFolders(input.option("delta", ""));

        Problems problems = new Problems();
        InputDigest digest = new InputDigest();
        RosterTables tables = new RosterTables();
        tables.apply(folder, "", Manifest.read(folder, "", problems, digest), problems, digest);
        for (RosterFile required : List.of(RosterFile.USERS, RosterFile.ROLES)) {
            if (!tables.isPresent(required)) {
                throw new InvalidInputException(
                        required.fileName(),
                        "The export has no "
                                + required.fileName()
                                + "; students are the users with a student role, so both"
                                + " users.csv and roles.csv are needed");
            }
        }
        for (Path delta : deltas) {
            String prefix = delta.getFileName() + "/";
            tables.apply(
                    delta,
                    prefix,
                    Manifest.read(delta, prefix, problems, digest),
                    problems,
                    digest);
        }

        Counts counts = new Counts();
        new RosterMapper(tables, keys, passFraction, problems, counts, sink).emit();
        return new ImportReport(ID, counts.map(), problems.list(), digest.hex());
    }

    private static double passFraction(String value) {
        Optional<Double> parsed = Values.number(value);
        if (parsed.isEmpty() || parsed.get() < 0 || parsed.get() > 1) {
            throw new InvalidInputException(
                    "passMark",
                    "Option passMark must be a fraction of the score range from 0 to 1, got '"
                            + value
                            + "'; for 60 on a 0 to 100 scale write 0.6");
        }
        return parsed.get();
    }

    private static Path folderOf(Path location, String kind) {
        Path folder =
                Files.isRegularFile(location)
                                && location.getFileName().toString().equals("manifest.csv")
                        ? location.toAbsolutePath().getParent()
                        : location;
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(
                    kind,
                    "The "
                            + kind
                            + " folder "
                            + location
                            + " does not exist or is not a folder; pass the folder that holds"
                            + " manifest.csv");
        }
        return folder;
    }

    private static List<Path> deltaFolders(String option) {
        List<Path> folders = new ArrayList<>();
        if (option.isBlank()) {
            return folders;
        }
        for (String part : option.split(File.pathSeparator, -1)) {
            if (part.isBlank()) {
                throw new InvalidInputException(
                        "delta",
                        "Option delta has an empty folder name; remove the extra separator");
            }
            try {
                folders.add(folderOf(Path.of(part.trim()), "delta"));
            } catch (InvalidPathException e) {
                throw new InvalidInputException(
                        "delta", "Option delta names a folder that is not a valid path", e);
            }
        }
        return folders;
    }
}
