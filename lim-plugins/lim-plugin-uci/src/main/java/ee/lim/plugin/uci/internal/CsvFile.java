package ee.lim.plugin.uci.internal;

import ee.lim.spi.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * One delimited text file read record by record with Commons CSV, keeping the physical line of each
 * record and a SHA-256 of the bytes.
 *
 * <p>The file is decoded as UTF-8; a UTF-8 byte order mark is skipped by {@link BOMInputStream}.
 * Bytes that are not valid UTF-8 become U+FFFD, which {@link RowChecks} rejects, so one bad row
 * never stops the rest of the file. Quotes are read leniently (text after a closing quote and a
 * quote left open at the end of the file are kept), so that damage shows up as a rejected record
 * rather than as a parse failure. Not thread-safe.
 */
final class CsvFile implements AutoCloseable {
    private final String name;
    private final InputStream raw;
    private final MessageDigest digest;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private boolean failed;

    private CsvFile(
            String name,
            InputStream raw,
            MessageDigest digest,
            CSVParser parser,
            List<String> header) {
        this.name = name;
        this.raw = raw;
        this.digest = digest;
        this.parser = parser;
        this.records = parser.iterator();
        this.header = header;
    }

    /**
     * Opens a file and reads its header line. Header names are trimmed.
     *
     * @param path the file
     * @param name the file name used in problems and messages
     * @param delimiter the field separator
     * @return the open file, positioned after the header
     * @throws InvalidInputException if the file is missing, not a regular file, unreadable, empty
     *     or its header cannot be parsed
     */
    static CsvFile open(Path path, String name, char delimiter) {
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(
                    name,
                    "Input file "
                            + path
                            + " does not exist or is not a regular file; pass the path of the"
                            + " CSV file");
        }
        InputStream raw = null;
        try {
            raw = Files.newInputStream(path);
            MessageDigest digest = sha256();
            InputStream digested = new DigestInputStream(raw, digest);
            InputStream noBom = BOMInputStream.builder().setInputStream(digested).get();
            CharsetDecoder decoder =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE);
            Reader reader = new InputStreamReader(noBom, decoder);
            CSVFormat format =
                    CSVFormat.Builder.create()
                            .setDelimiter(delimiter)
                            .setQuote('"')
                            .setIgnoreEmptyLines(false)
                            .setLenientEof(true)
                            .setTrailingData(true)
                            .get();
            CSVParser parser = CSVParser.parse(reader, format);
            Iterator<CSVRecord> iterator = parser.iterator();
            if (!iterator.hasNext()) {
                parser.close();
                throw new InvalidInputException(
                        name, name + " is empty; expected a header line and data lines");
            }
            List<String> header = new ArrayList<>();
            for (String column : iterator.next()) {
                header.add(column.trim());
            }
            return new CsvFile(name, raw, digest, parser, List.copyOf(header));
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(raw);
            throw new InvalidInputException(
                    name, name + " cannot be read: " + e.getClass().getSimpleName(), e);
        } catch (InvalidInputException e) {
            closeQuietly(raw);
            throw e;
        }
    }

    /**
     * Returns the trimmed header names in file order.
     *
     * @return the names
     */
    List<String> header() {
        return header;
    }

    /**
     * Returns the file name used in problems.
     *
     * @return the name
     */
    String name() {
        return name;
    }

    /**
     * Reads the next data record, skipping empty lines. A parse failure is reported as a rejection
     * at the line where it happened, and the rest of the file is not read.
     *
     * @param problems where a parse failure goes
     * @return the record, or {@code null} at the end of the file or after a parse failure
     */
    Row next(Problems problems) {
        while (!failed) {
            long before = parser.getCurrentLineNumber();
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                return new Row(
                        before + 1, Math.max(before + 1, parser.getCurrentLineNumber()), record);
            } catch (UncheckedIOException | IllegalStateException e) {
                failed = true;
                problems.reject(
                        name,
                        before + 1,
                        "",
                        "The file cannot be parsed from this line on ("
                                + e.getClass().getSimpleName()
                                + "); this record and the rest of the file were not read");
            }
        }
        return null;
    }

    /**
     * Reads whatever remains of the file and returns the SHA-256 of all its bytes.
     *
     * @return the lower-case hex digest
     * @throws InvalidInputException if the rest of the file cannot be read
     */
    String sha256Hex() {
        try {
            byte[] buffer = new byte[8192];
            InputStream digested = new DigestInputStream(raw, digest);
            while (digested.read(buffer) >= 0) {
                // Only the digest needs the bytes.
            }
        } catch (IOException e) {
            throw new InvalidInputException(
                    name, name + " cannot be read to the end: " + e.getClass().getSimpleName(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Closing a read-only file: nothing was written, so nothing can be lost.
        } finally {
            closeQuietly(raw);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            // Closing a read-only file: nothing was written, so nothing can be lost.
        }
    }
}
