package ee.lim.plugin.exchange.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of one exchange file through Commons CSV: strips a UTF-8 byte order mark,
 * detects the delimiter from the header line unless one is set, and reports each record with the
 * physical line it starts on. Bytes that are not valid UTF-8 become U+FFFD, which the value checks
 * reject. Not thread-safe.
 */
final class CsvFile {
    /** Bytes of the header line looked at to detect the delimiter. */
    private static final int HEADER_PEEK_BYTES = 64 * 1024;

    private static final int BUFFER_BYTES = 64 * 1024;

    /** Receives the header and the records of a file. */
    interface Handler {
        /**
         * Receives the header.
         *
         * @param names the header values
         * @return whether to read the records
         */
        boolean header(List<String> names);

        /**
         * Receives a record.
         *
         * @param record the values
         * @param line the 1-based physical line the record starts on
         */
        void record(CSVRecord record, long line);
    }

    /** The way reading a file ended. */
    enum Result {
        /** The file has no bytes or only a byte order mark. */
        EMPTY,
        /** The header was rejected by the handler. */
        HEADER_REJECTED,
        /** All records were read. */
        COMPLETE,
        /** Reading stopped at a record that could not be parsed; the problem is logged. */
        STOPPED
    }

    private final Path path;
    private final String name;
    private final char delimiterOption;
    private final long maxRecordChars;
    private final MessageDigest digest;
    private final ProblemLog problems;

    /**
     * Prepares to read a file.
     *
     * @param path the file
     * @param name the file name used in problems
     * @param delimiterOption the delimiter, or 0 to detect it from the header line
     * @param maxRecordChars the longest record in characters
     * @param digest receives every byte of the file, or {@code null}
     * @param problems receives a problem when reading stops early
     */
    CsvFile(
            Path path,
            String name,
            char delimiterOption,
            long maxRecordChars,
            MessageDigest digest,
            ProblemLog problems) {
        this.path = path;
        this.name = name;
        this.delimiterOption = delimiterOption;
        this.maxRecordChars = maxRecordChars;
        this.digest = digest;
        this.problems = problems;
    }

    /**
     * Reads the file into the handler.
     *
     * @param handler receives the header and the records
     * @return how reading ended
     * @throws IOException if the file cannot be opened or read
     */
    Result read(Handler handler) throws IOException {
        try (InputStream raw = Files.newInputStream(path)) {
            InputStream counted = digest == null ? raw : new DigestInputStream(raw, digest);
            try {
                return parse(new BufferedInputStream(counted, BUFFER_BYTES), handler);
            } finally {
                if (digest != null) {
                    drain(counted);
                }
            }
        }
    }

    private Result parse(BufferedInputStream in, Handler handler) throws IOException {
        in.mark(HEADER_PEEK_BYTES);
        byte[] head = in.readNBytes(HEADER_PEEK_BYTES);
        in.reset();
        int start = hasByteOrderMark(head) ? 3 : 0;
        if (head.length <= start) {
            return Result.EMPTY;
        }
        in.skipNBytes(start);
        char delimiter = delimiterOption != 0 ? delimiterOption : detectDelimiter(head, start);

        RecordBudgetReader reader =
                new RecordBudgetReader(
                        new InputStreamReader(in, StandardCharsets.UTF_8), maxRecordChars);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(delimiter)).get();
        Iterator<CSVRecord> records = parser.iterator();
        long line = 1;
        try {
            if (!records.hasNext()) {
                return Result.EMPTY;
            }
            if (!handler.header(records.next().toList())) {
                return Result.HEADER_REJECTED;
            }
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                reader.newRecord();
                if (!records.hasNext()) {
                    return Result.COMPLETE;
                }
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line
                }
                handler.record(record, line);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            problems.reject(
                    name,
                    line,
                    "",
                    "the file cannot be parsed from this line on, so the rest of it was not"
                            + " loaded: "
                            + reasonOf(e));
            return Result.STOPPED;
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
    }

    private static boolean hasByteOrderMark(byte[] head) {
        return head.length >= 3
                && (head[0] & 0xFF) == 0xEF
                && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
    }

    /**
     * Picks the most frequent of comma, semicolon and tab outside quotes on the first line; comma
     * when none occurs. The three are ASCII, so counting bytes is safe in UTF-8.
     */
    static char detectDelimiter(byte[] head, int start) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = start; i < head.length; i++) {
            byte b = head[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted && b == ',') {
                commas++;
            } else if (!quoted && b == ';') {
                semicolons++;
            } else if (!quoted && b == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }

    private static String reasonOf(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof RecordBudgetReader.RecordTooLongException) {
            return cause.getMessage();
        }
        // Commons CSV messages name positions and states but never quote the values.
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        while (in.read(buffer) >= 0) {
            // Read the rest so that the digest covers the whole file.
        }
    }
}
