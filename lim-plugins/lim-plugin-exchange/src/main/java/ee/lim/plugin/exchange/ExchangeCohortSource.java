package ee.lim.plugin.exchange;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.plugin.exchange.internal.ExchangeImport;
import ee.lim.spi.CohortSource;
import ee.lim.spi.ImportReport;
import ee.lim.spi.SourceInput;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.CohortSink;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads a cohort in the LIM exchange format: a folder with {@code students.csv} and, optionally,
 * {@code schools.csv}, {@code enrolment.csv}, {@code attendance.csv}, {@code grades.csv}, {@code
 * incidents.csv}, {@code support.csv}, {@code outcomes.csv} and {@code measurements.csv}. The
 * format is documented in {@code docs/formats/exchange.md}.
 *
 * <p>Files are UTF-8 with or without a byte order mark, with CRLF or LF line ends, and comma,
 * semicolon or tab delimiters detected from each header line. Schools are read first, then
 * students, then the observation files; a row that names a student missing from the accepted rows
 * of {@code students.csv} is rejected. Records stream into the sink as they are read, so memory
 * grows with the number of students, not with the number of observations.
 *
 * <p>Options of the {@link SourceInput}:
 *
 * <ul>
 *   <li>{@code delimiter}: {@code auto} (default), {@code ,}, {@code ;} or {@code tab}.
 *   <li>{@code max-problems}: the most problems listed per file, default 1000; further rejections
 *       of that file are counted in one closing problem.
 *   <li>{@code max-record-chars}: the longest record in characters, default 1000000; a longer one
 *       stops the reading of its file.
 *   <li>{@code hash}: {@code sha256} (default) to fill {@link ImportReport#inputSha256()} with the
 *       SHA-256 of the bytes of the format's files in read order, or {@code none}.
 * </ul>
 *
 * <p>Thread-safe: instances have no state, and each {@link #read} works on its own.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExchangeCohortSource implements CohortSource {
    /** The plugin id. */
    public static final String ID = "exchange";

    /** Creates the source. */
    public ExchangeCohortSource() {}

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
        return "LIM exchange format: a folder of documented CSV files";
    }

    /**
     * Reads an exchange folder.
     *
     * <p>Exceptions thrown by the sink pass through unchanged.
     *
     * @param input the folder and the options; never {@code null}
     * @param sink receives the accepted records in file order; never {@code null}
     * @return the accepted counts per kind ({@code schools}, {@code students}, {@code enrolment},
     *     {@code attendance}, {@code grades}, {@code incidents}, {@code support}, {@code outcomes},
     *     {@code measurements}) for each file present, and the problems
     * @throws ee.lim.spi.InvalidInputException if the folder is missing or unreadable, if {@code
     *     students.csv} is missing, empty or lacks a readable header with {@code student_key}, or
     *     if an option is invalid
     * @throws NullPointerException if an argument is {@code null}
     */
    @Override
    public ImportReport read(SourceInput input, CohortSink sink) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(sink, "sink");
        return new ExchangeImport(ID, input, sink).run();
    }
}
