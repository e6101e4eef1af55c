package ee.lim.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.CohortSource;
import ee.lim.spi.ImportReport;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SourceInput;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of a {@link CohortSource}. Extend it in the plugin's tests and supply the plugin and
 * a valid input.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class CohortSourceContract extends LimPluginContract<CohortSource> {
    /** Creates the contract. */
    protected CohortSourceContract() {}

    /**
     * Returns an input the plugin reads without any rejected record.
     *
     * @param tempDir an empty folder the test may write the input into
     * @return the input
     * @throws Exception if the input cannot be prepared
     */
    protected abstract SourceInput validInput(Path tempDir) throws Exception;

    @Override
    protected final Class<? super CohortSource> role() {
        return CohortSource.class;
    }

    @Test
    void read_validInputHasNoRejections(@TempDir Path tempDir) throws Exception {
        CohortSource source = createPlugin();
        CollectingSink sink = new CollectingSink();

        ImportReport report = source.read(validInput(tempDir), sink);

        assertEquals(source.id(), report.source(), "report.source");
        assertEquals(0, report.rejectedCount(), "rejections: " + report.problems());
        assertFalse(sink.students().isEmpty(), "no student was read");
        assertTrue(sink.violations().isEmpty(), "sink order: " + sink.violations());
    }

    @Test
    void read_countsMatchRecords(@TempDir Path tempDir) throws Exception {
        CollectingSink sink = new CollectingSink();

        ImportReport report = createPlugin().read(validInput(tempDir), sink);

        assertEquals(
                sink.students().size(),
                report.accepted().getOrDefault("students", 0L),
                "accepted students");
    }

    @Test
    void read_isDeterministic(@TempDir Path tempDir) throws Exception {
        SourceInput input = validInput(tempDir);
        CollectingSink first = new CollectingSink();
        CollectingSink second = new CollectingSink();

        createPlugin().read(input, first);
        createPlugin().read(input, second);

        assertEquals(first.students(), second.students());
        assertEquals(first.observations(), second.observations());
    }

    @Test
    void read_resultFormsValidCohort(@TempDir Path tempDir) throws Exception {
        CollectingSink sink = new CollectingSink();

        createPlugin().read(validInput(tempDir), sink);

        sink.toCohort();
    }

    @Test
    void read_missingInputThrows(@TempDir Path tempDir) {
        SourceInput missing = SourceInput.of(tempDir.resolve("does-not-exist"));

        InvalidInputException error =
                assertThrows(
                        InvalidInputException.class,
                        () -> createPlugin().read(missing, new CollectingSink()));

        assertFalse(error.getMessage().isBlank(), "message");
    }
}
