package ee.lim.plugin.oneroster.internal;

import ee.lim.spi.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The accepted rows of every OneRoster file, by sourcedId in file order, after a bulk folder and
 * any number of delta folders have been applied.
 *
 * <p>A {@code bulk} file replaces its table. Its rows have an empty {@code status} ({@code active}
 * is accepted too); a row marked {@code tobedeleted} is not loaded and is noted as a warning. A
 * {@code delta} file changes its table row by row: each row needs {@code status} and {@code
 * dateLastModified}; {@code active} inserts or replaces the record with that sourcedId, {@code
 * tobedeleted} removes it. Not thread-safe.
 */
final class RosterTables {
    private final Map<RosterFile, LinkedHashMap<String, RosterRecord>> tables =
            new EnumMap<>(RosterFile.class);
    private final Map<RosterFile, Boolean> present = new EnumMap<>(RosterFile.class);

    RosterTables() {
        for (RosterFile file : RosterFile.values()) {
            tables.put(file, new LinkedHashMap<>());
            present.put(file, false);
        }
    }

    /**
     * Returns the accepted records of a file.
     *
     * @param file the file
     * @return the records by sourcedId in file order; live view, do not modify
     */
    Map<String, RosterRecord> table(RosterFile file) {
        return tables.get(file);
    }

    /**
     * Tells whether any folder supplied a file.
     *
     * @param file the file
     * @return {@code true} if it was read in bulk or delta mode
     */
    boolean isPresent(RosterFile file) {
        return present.get(file);
    }

    /**
     * Looks up a record.
     *
     * @param file the file
     * @param sourcedId the id
     * @return the record, or empty if there is none
     */
    Optional<RosterRecord> find(RosterFile file, String sourcedId) {
        return Optional.ofNullable(tables.get(file).get(sourcedId));
    }

    /**
     * Applies every file of one folder that its manifest names.
     *
     * @param folder the folder
     * @param prefix the folder's name in problems: {@code ""} for the input folder, {@code
     *     "<name>/"} for a delta folder
     * @param manifest the folder's manifest
     * @param problems receives rejected rows and warnings
     * @param digest receives each file's SHA-256
     * @throws InvalidInputException if a file the manifest names is missing or cannot be read, or
     *     lacks a required column
     */
    void apply(
            Path folder, String prefix, Manifest manifest, Problems problems, InputDigest digest) {
        for (RosterFile file : RosterFile.values()) {
            Manifest.Mode mode = manifest.mode(file);
            Path path = folder.resolve(file.fileName());
            String name = prefix + file.fileName();
            if (mode == Manifest.Mode.ABSENT) {
                if (Files.exists(path)) {
                    problems.warn(
                            name, 0, "", "The manifest marks this file absent, so it was not read");
                }
                continue;
            }
            if (!Files.isRegularFile(path)) {
                throw new InvalidInputException(
                        name,
                        prefix
                                + "manifest.csv marks "
                                + file.fileName()
                                + " as "
                                + mode.name().toLowerCase(java.util.Locale.ROOT)
                                + " but the file is missing; add it or mark it absent");
            }
            present.put(file, true);
            if (mode == Manifest.Mode.BULK) {
                tables.get(file).clear();
            }
            load(path, name, file, mode, problems, digest);
        }
    }

    private void load(
            Path path,
            String name,
            RosterFile file,
            Manifest.Mode mode,
            Problems problems,
            InputDigest digest) {
        LinkedHashMap<String, RosterRecord> table = tables.get(file);
        Map<String, Long> seen = new HashMap<>();
        try (CsvFile csv = CsvFile.open(path, name, ',')) {
            Columns columns = Columns.map(csv, file.required());
            Row row;
            while ((row = csv.next(problems)) != null) {
                if (!RowChecks.check(row, columns, name, problems)) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (String column : file.read()) {
                    values.put(column, columns.get(row, column));
                }
                RosterRecord record =
                        new RosterRecord(
                                values.get("sourcedId"), Map.copyOf(values), name, row.line());
                if (record.sourcedId().isEmpty()) {
                    problems.reject(
                            name, row.line(), "sourcedId", "sourcedId is required but empty");
                    continue;
                }
                Long earlier = seen.putIfAbsent(record.sourcedId(), row.line());
                if (earlier != null) {
                    problems.reject(
                            name,
                            row.line(),
                            "sourcedId",
                            "The sourcedId repeats the one on line " + earlier + " of this file");
                    continue;
                }
                if (mode == Manifest.Mode.BULK) {
                    applyBulk(record, file, table, problems);
                } else {
                    applyDelta(record, file, table, problems);
                }
            }
            digest.add(name, csv.sha256Hex());
        }
    }

    private static void applyBulk(
            RosterRecord record,
            RosterFile file,
            Map<String, RosterRecord> table,
            Problems problems) {
        String status = record.get("status");
        if (status.equals("tobedeleted")) {
            problems.warn(
                    record.file(),
                    record.line(),
                    "status",
                    "A bulk file lists a record marked tobedeleted; it was not loaded");
            return;
        }
        if (!status.isEmpty() && !status.equals("active")) {
            problems.reject(
                    record.file(),
                    record.line(),
                    "status",
                    "status must be empty in a bulk file (or active)");
            return;
        }
        if (rejectInvalid(record, file, problems)) {
            return;
        }
        table.put(record.sourcedId(), record);
    }

    private static void applyDelta(
            RosterRecord record,
            RosterFile file,
            Map<String, RosterRecord> table,
            Problems problems) {
        String status = record.get("status");
        if (!status.equals("active") && !status.equals("tobedeleted")) {
            problems.reject(
                    record.file(),
                    record.line(),
                    "status",
                    "status must be active or tobedeleted in a delta file");
            return;
        }
        if (Values.date(record.get("dateLastModified")).isEmpty()) {
            problems.reject(
                    record.file(),
                    record.line(),
                    "dateLastModified",
                    "dateLastModified must be an ISO 8601 date-time in a delta file");
            return;
        }
        if (status.equals("tobedeleted")) {
            if (table.remove(record.sourcedId()) == null) {
                problems.warn(
                        record.file(),
                        record.line(),
                        "sourcedId",
                        "No earlier record has this sourcedId, so there was nothing to delete;"
                                + " read the bulk export as the input and this folder as delta");
            }
            return;
        }
        if (rejectInvalid(record, file, problems)) {
            return;
        }
        table.put(record.sourcedId(), record);
    }

    private static boolean rejectInvalid(RosterRecord record, RosterFile file, Problems problems) {
        Optional<Violation> violation = file.check(record);
        violation.ifPresent(
                v -> problems.reject(record.file(), record.line(), v.column(), v.reason()));
        return violation.isPresent();
    }
}
