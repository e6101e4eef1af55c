package ee.lim.plugin.exchange.internal;

import ee.lim.spi.ImportReport;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SourceInput;
import ee.lim.spi.model.CohortSink;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;

/**
 * One import of an exchange folder: reads the files in {@link Columns#FILES_IN_READ_ORDER}, sends
 * the accepted records to the sink and builds the report. Schools are held back until students.csv
 * proves readable, so that an input rejected as a whole sends nothing. Not thread-safe: create one
 * per read.
 */
public final class ExchangeImport {
    private final String sourceId;
    private final ImportOptions options;
    private final Path folder;
    private final ProblemLog problems;
    private final ImportState state;
    private final MessageDigest digest;
    private final Map<String, Long> accepted = new LinkedHashMap<>();

    /**
     * Prepares an import.
     *
     * @param sourceId the id of the plugin, for the report
     * @param input the folder and the options
     * @param sink receives the accepted records
     * @throws InvalidInputException if an option is invalid
     */
    public ExchangeImport(String sourceId, SourceInput input, CohortSink sink) {
        this.sourceId = sourceId;
        this.options = ImportOptions.parse(input.options());
        this.folder = input.location();
        this.problems = new ProblemLog(options.maxProblemsPerFile());
        this.state = new ImportState(sink, problems);
        this.digest = options.hash() ? sha256() : null;
    }

    /**
     * Reads the folder.
     *
     * @return the report
     * @throws InvalidInputException if the folder or students.csv cannot be read at all
     */
    public ImportReport run() {
        checkFolder();
        for (String option : options.unknown()) {
            problems.warn("", 0, "", "unknown option " + option + " was ignored");
        }
        warnAboutOtherFiles();
        for (FileMapper mapper : mappers()) {
            Path path = folder.resolve(mapper.file());
            if (Files.isRegularFile(path)) {
                readFile(path, mapper);
            } else if (mapper instanceof StudentMapper) {
                throw new InvalidInputException(
                        Columns.STUDENTS_FILE,
                        "students.csv is missing in the exchange folder; it is the one required"
                                + " file");
            }
        }
        String hash = digest == null ? "" : HexFormat.of().formatHex(digest.digest());
        return new ImportReport(sourceId, accepted, problems.problems(), hash);
    }

    private List<FileMapper> mappers() {
        return List.of(
                new SchoolMapper(state),
                new StudentMapper(state),
                new EnrolmentMapper(state),
                new AttendanceMapper(state),
                new GradeMapper(state),
                new IncidentMapper(state),
                new SupportMapper(state),
                new OutcomeMapper(state),
                new MeasurementMapper(state));
    }

    private void readFile(Path path, FileMapper mapper) {
        boolean required = mapper instanceof StudentMapper;
        String file = mapper.file();
        problems.startFile(file);
        FileReading reading = new FileReading(mapper, required);
        CsvFile.Result result;
        try {
            CsvFile csv =
                    new CsvFile(
                            path,
                            file,
                            options.delimiter(),
                            options.maxRecordChars(),
                            digest,
                            problems);
            result = csv.read(reading);
        } catch (IOException e) {
            if (required) {
                throw new InvalidInputException(
                        file, file + " cannot be read: " + e.getClass().getSimpleName(), e);
            }
            problems.reject(
                    file, 0, "", "the file cannot be read (" + e.getClass().getSimpleName() + ")");
            problems.endFile();
            return;
        }
        if (result == CsvFile.Result.EMPTY) {
            if (required) {
                throw new InvalidInputException(
                        file, file + " is empty; it needs at least the header line");
            }
            problems.warn(file, 0, "", "the file is empty, so nothing was loaded from it");
        }
        if (result == CsvFile.Result.STOPPED && !reading.headerSeen && required) {
            throw new InvalidInputException(file, file + " has no readable header line");
        }
        accepted.put(mapper.kind(), reading.accepted);
        problems.endFile();
    }

    private void checkFolder() {
        if (!Files.exists(folder)) {
            throw new InvalidInputException(
                    "SourceInput.location",
                    "the exchange folder does not exist; pass the folder that contains"
                            + " students.csv");
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(
                    "SourceInput.location",
                    "the exchange input must be a folder that contains students.csv, not a file");
        }
        if (!Files.isReadable(folder)) {
            throw new InvalidInputException(
                    "SourceInput.location", "the exchange folder is not readable");
        }
    }

    private void warnAboutOtherFiles() {
        Set<String> others = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.{csv,CSV}")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!Columns.FILES_IN_READ_ORDER.contains(name)) {
                    others.add(name);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(
                    "SourceInput.location",
                    "the exchange folder cannot be listed: " + e.getClass().getSimpleName(),
                    e);
        }
        for (String name : others) {
            boolean wrongCase = Columns.FILES_IN_READ_ORDER.contains(name.toLowerCase(Locale.ROOT));
            problems.warn(
                    name,
                    0,
                    "",
                    wrongCase
                            ? "file names are lower-case; rename it to "
                                    + name.toLowerCase(Locale.ROOT)
                                    + " to load it"
                            : "the file is not part of the exchange format and was ignored");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }

    /** Checks the header of one file and maps its rows. */
    private final class FileReading implements CsvFile.Handler {
        private final FileMapper mapper;
        private final boolean required;
        private int columns;
        private boolean headerSeen;
        private long accepted;

        FileReading(FileMapper mapper, boolean required) {
            this.mapper = mapper;
            this.required = required;
        }

        @Override
        public boolean header(List<String> names) {
            headerSeen = true;
            String file = mapper.file();
            Header header;
            try {
                header = Header.of(names);
            } catch (RejectedRow e) {
                return rejectHeader(e.column(), e.getMessage());
            }
            for (String column : mapper.requiredColumns()) {
                if (header.position(column) < 0) {
                    String hint =
                            names.size() == 1
                                    ? "; the header has one column, so check the delimiter"
                                    : "";
                    return rejectHeader(column, "required column is missing" + hint);
                }
            }
            for (String name : names) {
                String lower = name.toLowerCase(Locale.ROOT);
                boolean known =
                        mapper.requiredColumns().contains(lower)
                                || mapper.optionalColumns().contains(lower)
                                || mapper.isExtraColumn(name);
                if (!known) {
                    problems.warn(file, 1, name, "unknown column was ignored");
                }
            }
            mapper.bind(header);
            columns = names.size();
            return true;
        }

        private boolean rejectHeader(String column, String reason) {
            String file = mapper.file();
            if (required) {
                throw new InvalidInputException(
                        file, file + " header: column " + column + ": " + reason);
            }
            problems.reject(file, 1, column, reason + "; no row of this file was loaded");
            return false;
        }

        @Override
        public void record(CSVRecord record, long line) {
            if (record.size() != columns) {
                problems.reject(
                        mapper.file(),
                        line,
                        "",
                        "expected "
                                + columns
                                + " values as in the header, found "
                                + record.size()
                                + "; check for a missing or extra delimiter");
                return;
            }
            Record mapped;
            try {
                mapped = mapper.map(record, line);
            } catch (RejectedRow e) {
                problems.reject(mapper.file(), line, e.column(), e.getMessage());
                return;
            } catch (InvalidInputException e) {
                // A record constructor found a rule the mapper does not check itself.
                problems.reject(mapper.file(), line, "", e.getMessage());
                return;
            }
            mapper.send(mapped);
            accepted++;
        }
    }
}
