package ee.lim.plugin.exchange;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.plugin.exchange.internal.Columns;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.PluginException;
import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.BehaviourIncident;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.CohortSink;
import ee.lim.spi.model.EnrolmentEvent;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Measurement;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.SupportMeasure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apiguardian.api.API;

/**
 * Writes a cohort in the LIM exchange format that {@link ExchangeCohortSource} reads: UTF-8 without
 * byte order mark, comma-delimited, LF line ends, values quoted only where needed.
 *
 * <p>Use it as a {@link CohortSink} that streams, for example from a generator, and close it; or
 * call {@link #write(Cohort, Path)}. Observations go to their files as they arrive. Schools and
 * students are kept until {@link #close()}, because the header of {@code students.csv} lists the
 * union of every student's {@code attr.} and {@code protected.} columns; memory therefore grows
 * with the number of students, not with the number of observations. Every file is written, with
 * only a header where no record of its kind arrived.
 *
 * <p>Files are written under temporary names in the folder and moved into place one by one by
 * {@link #close()}, replacing existing files of the same names. If writing fails before the moves,
 * the temporary files are deleted and no file of the format is replaced; a caller that gives up
 * before {@code close()} calls {@link #abort()}. A failure during the moves can leave some files
 * replaced and others not, and is reported as a {@link PluginException}.
 *
 * <p>Empty attribute values are written as empty fields, which the reader takes as absent.
 *
 * <p>Not thread-safe: use one instance from one thread.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExchangeWriter implements CohortSink, AutoCloseable {
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180
                    .builder()
                    .setRecordSeparator('\n')
                    .setQuoteMode(QuoteMode.MINIMAL)
                    .get();
    private static final String TEMPORARY_SUFFIX = ".writing";

    private final Path folder;
    private final Map<String, CSVPrinter> observationPrinters = new LinkedHashMap<>();
    private final List<School> schools = new ArrayList<>();
    private final List<Student> students = new ArrayList<>();
    private final Set<StudentKey> keys = new HashSet<>();
    private final Set<String> schoolIds = new HashSet<>();
    private boolean closed;

    private ExchangeWriter(Path folder) {
        this.folder = folder;
    }

    /**
     * Opens a writer into a folder, creating the folder if it is missing.
     *
     * @param folder the target folder; never {@code null}
     * @return the writer; close it to finish the files
     * @throws PluginException if the folder or the files cannot be created
     * @throws NullPointerException if {@code folder} is {@code null}
     */
    public static ExchangeWriter open(Path folder) {
        Objects.requireNonNull(folder, "folder");
        ExchangeWriter writer = new ExchangeWriter(folder);
        try {
            Files.createDirectories(folder);
            writer.openObservationFiles();
            return writer;
        } catch (IOException e) {
            writer.discard();
            throw failure("cannot create the exchange files in the folder", e);
        }
    }

    /**
     * Writes a whole cohort into a folder.
     *
     * @param cohort the cohort; never {@code null}
     * @param folder the target folder; never {@code null}
     * @throws PluginException if a file cannot be written
     * @throws NullPointerException if an argument is {@code null}
     */
    public static void write(Cohort cohort, Path folder) {
        Objects.requireNonNull(cohort, "cohort");
        ExchangeWriter writer = open(folder);
        try {
            cohort.schools().forEach(writer::school);
            for (Student student : cohort.students()) {
                writer.student(student);
            }
            cohort.observations().forEach(writer::observation);
        } catch (RuntimeException e) {
            writer.abort();
            throw e;
        }
        writer.close();
    }

    /**
     * Keeps a school for {@code schools.csv}.
     *
     * @param school the school; never {@code null}
     * @throws InvalidInputException if a school with the same id came before
     * @throws IllegalStateException if the writer is closed
     */
    @Override
    public void school(School school) {
        checkOpen();
        if (!schoolIds.add(school.id())) {
            throw new InvalidInputException(
                    "School.id", "school id " + school.id() + " was written twice");
        }
        schools.add(school);
    }

    /**
     * Keeps a student for {@code students.csv}.
     *
     * @param student the student; never {@code null}
     * @throws InvalidInputException if a student with the same key came before, or an attribute
     *     name is blank
     * @throws IllegalStateException if the writer is closed
     */
    @Override
    public void student(Student student) {
        checkOpen();
        checkAttributeNames(student.attributes().keySet());
        checkAttributeNames(student.protectedAttributes().keySet());
        if (!keys.add(student.key())) {
            throw new InvalidInputException(
                    "Student.key", "student " + student.key() + " was written twice");
        }
        students.add(student);
    }

    /**
     * Writes an observation to its file.
     *
     * @param observation the observation; never {@code null}
     * @throws InvalidInputException if its student has not been written before it
     * @throws PluginException if the file cannot be written; the temporary files are deleted
     * @throws IllegalStateException if the writer is closed
     */
    @Override
    public void observation(Observation observation) {
        checkOpen();
        if (!keys.contains(observation.student())) {
            throw new InvalidInputException(
                    "Observation.student",
                    "an observation of student "
                            + observation.student()
                            + " came before the student; write the student first");
        }
        try {
            print(observation);
        } catch (IOException e) {
            discard();
            throw failure("cannot write an observation", e);
        }
    }

    /**
     * Writes {@code schools.csv} and {@code students.csv}, closes every file and moves them into
     * place. Calling it again does nothing.
     *
     * @throws PluginException if a file cannot be written or moved; the temporary files are then
     *     deleted
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            writeSchools();
            writeStudents();
            for (CSVPrinter printer : observationPrinters.values()) {
                printer.close(true);
            }
            closed = true;
            for (String file : Columns.FILES_IN_READ_ORDER) {
                move(temporary(file), folder.resolve(file));
            }
        } catch (IOException e) {
            discard();
            throw failure("cannot finish the exchange files", e);
        }
    }

    /**
     * Deletes the temporary files without replacing any file in the folder, for a caller that
     * cannot finish the cohort. Calling {@link #close()} afterwards does nothing.
     */
    public void abort() {
        discard();
    }

    private void openObservationFiles() throws IOException {
        open(Columns.ENROLMENT_FILE, Columns.ENROLMENT);
        open(Columns.ATTENDANCE_FILE, Columns.ATTENDANCE);
        open(Columns.GRADES_FILE, Columns.GRADES);
        open(Columns.INCIDENTS_FILE, Columns.INCIDENTS);
        open(Columns.SUPPORT_FILE, Columns.SUPPORT);
        open(Columns.OUTCOMES_FILE, Columns.OUTCOMES);
        open(Columns.MEASUREMENTS_FILE, Columns.MEASUREMENTS);
    }

    private CSVPrinter open(String file, List<String> header) throws IOException {
        CSVPrinter printer =
                new CSVPrinter(
                        Files.newBufferedWriter(temporary(file), StandardCharsets.UTF_8), FORMAT);
        observationPrinters.put(file, printer);
        printer.printRecord(header);
        return printer;
    }

    private void print(Observation observation) throws IOException {
        String key = observation.student().value();
        String date = observation.date().toString();
        if (observation instanceof AttendanceEvent event) {
            printer(Columns.ATTENDANCE_FILE)
                    .printRecord(
                            key,
                            date,
                            event.scope().name(),
                            event.status().name(),
                            Integer.toString(event.minutes()));
        } else if (observation instanceof Grade grade) {
            printer(Columns.GRADES_FILE)
                    .printRecord(
                            key,
                            date,
                            grade.subject(),
                            text(grade.periodId()),
                            number(grade.value()),
                            grade.scale().id(),
                            number(grade.scale().min()),
                            number(grade.scale().max()),
                            number(grade.scale().passMark()),
                            number(grade.credits()));
        } else if (observation instanceof BehaviourIncident incident) {
            printer(Columns.INCIDENTS_FILE)
                    .printRecord(
                            key,
                            date,
                            incident.severity().name(),
                            incident.category(),
                            Integer.toString(incident.exclusionDays()));
        } else if (observation instanceof SupportMeasure measure) {
            printer(Columns.SUPPORT_FILE)
                    .printRecord(
                            key,
                            date,
                            measure.end() == null ? "" : measure.end().toString(),
                            measure.tier().name(),
                            measure.type(),
                            measure.decision() == null ? "" : measure.decision().name());
        } else if (observation instanceof EnrolmentEvent event) {
            printer(Columns.ENROLMENT_FILE)
                    .printRecord(
                            key,
                            date,
                            event.type().name(),
                            text(event.schoolId()),
                            event.grade() == null ? "" : event.grade().toString());
        } else if (observation instanceof Outcome outcome) {
            printer(Columns.OUTCOMES_FILE).printRecord(key, date, outcome.type().name());
        } else {
            Measurement measurement = (Measurement) observation;
            printer(Columns.MEASUREMENTS_FILE)
                    .printRecord(
                            key,
                            date,
                            measurement.name(),
                            number(measurement.value()),
                            measurement.category());
        }
    }

    private CSVPrinter printer(String file) {
        return observationPrinters.get(file);
    }

    private void writeSchools() throws IOException {
        try (CSVPrinter printer = newPrinter(Columns.SCHOOLS_FILE)) {
            printer.printRecord(Columns.SCHOOLS);
            for (School school : schools) {
                printer.printRecord(school.id(), school.name(), text(school.municipalityCode()));
            }
        }
    }

    private void writeStudents() throws IOException {
        Set<String> attributeNames = new TreeSet<>();
        Set<String> protectedNames = new TreeSet<>();
        for (Student student : students) {
            attributeNames.addAll(student.attributes().keySet());
            protectedNames.addAll(student.protectedAttributes().keySet());
        }
        List<String> header = new ArrayList<>(Columns.STUDENTS);
        attributeNames.forEach(name -> header.add(Columns.ATTRIBUTE_PREFIX + name));
        protectedNames.forEach(name -> header.add(Columns.PROTECTED_PREFIX + name));
        try (CSVPrinter printer = newPrinter(Columns.STUDENTS_FILE)) {
            printer.printRecord(header);
            List<String> row = new ArrayList<>(header.size());
            for (Student student : students) {
                row.clear();
                row.add(student.key().value());
                row.add(student.birthMonth() == null ? "" : student.birthMonth().toString());
                row.add(text(student.schoolId()));
                row.add(student.grade() == null ? "" : student.grade().toString());
                row.add(text(student.residenceMunicipality()));
                row.add(text(student.language()));
                for (String name : attributeNames) {
                    row.add(student.attributes().getOrDefault(name, ""));
                }
                for (String name : protectedNames) {
                    row.add(student.protectedAttributes().getOrDefault(name, ""));
                }
                printer.printRecord(row);
            }
        }
    }

    private CSVPrinter newPrinter(String file) throws IOException {
        return new CSVPrinter(
                Files.newBufferedWriter(temporary(file), StandardCharsets.UTF_8), FORMAT);
    }

    private Path temporary(String file) {
        return folder.resolve(file + TEMPORARY_SUFFIX);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(
                    from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Closes and deletes every temporary file, keeping the first failure to itself. */
    private void discard() {
        closed = true;
        for (CSVPrinter printer : observationPrinters.values()) {
            try {
                printer.close();
            } catch (IOException e) {
                // The caller gets the failure that caused the discard.
            }
        }
        for (String file : Columns.FILES_IN_READ_ORDER) {
            try {
                Files.deleteIfExists(temporary(file));
            } catch (IOException e) {
                // Same as above: the original failure is reported.
            }
        }
    }

    private static void checkAttributeNames(Set<String> names) {
        for (String name : names) {
            if (name.isBlank()) {
                throw new InvalidInputException(
                        "Student.attributes",
                        "an attribute name is blank; the exchange format needs a name after"
                                + " attr. or protected.");
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the exchange writer is closed");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Formats a number so that {@link Double#parseDouble} returns the same value. */
    static String number(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        if (whole && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0)) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static PluginException failure(String what, IOException cause) {
        return new PluginException(
                ExchangeCohortSource.ID,
                "exchange writer: "
                        + what
                        + " ("
                        + cause.getClass().getSimpleName()
                        + "); check that the folder is writable and has space",
                cause);
    }
}
