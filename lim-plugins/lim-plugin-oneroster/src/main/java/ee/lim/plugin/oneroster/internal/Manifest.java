package ee.lim.plugin.oneroster.internal;

import ee.lim.spi.InvalidInputException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code manifest.csv} of a OneRoster 1.2 CSV folder: the binding version and, per file, the
 * mode {@code bulk}, {@code delta} or {@code absent} from the keys {@code file.<name>}.
 */
final class Manifest {
    /** The reading mode of one file of the folder. */
    enum Mode {
        /** The full set of records. */
        BULK,
        /** Changes since an earlier export: rows carry {@code status} and a timestamp. */
        DELTA,
        /** The file is not part of the export. */
        ABSENT
    }

    private final Map<String, String> properties;

    private Manifest(Map<String, String> properties) {
        this.properties = properties;
    }

    /**
     * Reads and checks a manifest.
     *
     * @param folder the export folder
     * @param prefix the folder's name in problems, such as {@code ""} or {@code "delta-1/"}
     * @param problems receives rejected manifest rows
     * @param digest receives the file's SHA-256
     * @return the manifest
     * @throws InvalidInputException if the manifest is missing or unreadable, or does not declare
     *     {@code oneroster.version} 1.2
     */
    static Manifest read(Path folder, String prefix, Problems problems, InputDigest digest) {
        String name = prefix + "manifest.csv";
        Map<String, String> properties = new HashMap<>();
        try (CsvFile csv = CsvFile.open(folder.resolve("manifest.csv"), name, ',')) {
            Columns columns = Columns.map(csv, List.of("propertyName", "value"));
            Row row;
            while ((row = csv.next(problems)) != null) {
                if (!RowChecks.check(row, columns, name, problems)) {
                    continue;
                }
                String key = columns.get(row, "propertyName");
                if (key.isEmpty()) {
                    problems.reject(name, row.line(), "propertyName", "propertyName is empty");
                    continue;
                }
                if (properties.putIfAbsent(key, columns.get(row, "value")) != null) {
                    problems.reject(name, row.line(), "propertyName", "The property appears twice");
                }
            }
            digest.add(name, csv.sha256Hex());
        }
        String version = properties.getOrDefault("oneroster.version", "");
        if (!version.equals("1.2")) {
            throw new InvalidInputException(
                    name,
                    name
                            + " declares oneroster.version '"
                            + version
                            + "'; this source reads OneRoster 1.2 CSV exports only (1.1 keeps"
                            + " roles in users.csv)");
        }
        return new Manifest(Map.copyOf(properties));
    }

    /**
     * Returns how a file is to be read.
     *
     * @param file the file
     * @return the mode; {@link Mode#ABSENT} when the manifest does not name the file
     * @throws InvalidInputException if the manifest gives a mode other than bulk, delta or absent
     */
    Mode mode(RosterFile file) {
        String key = "file." + file.baseName();
        String value = properties.getOrDefault(key, "absent").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "bulk" -> Mode.BULK;
            case "delta" -> Mode.DELTA;
            case "absent" -> Mode.ABSENT;
            default ->
                    throw new InvalidInputException(
                            "manifest.csv",
                            "manifest.csv gives "
                                    + key
                                    + " the mode '"
                                    + value
                                    + "'; use bulk, delta or absent");
        };
    }
}
