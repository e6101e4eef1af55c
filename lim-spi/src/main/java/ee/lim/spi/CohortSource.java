package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.CohortSink;
import org.apiguardian.api.API;

/**
 * Reads students and their observations from a school system's export or a registry.
 *
 * <p>A source streams records into a {@link CohortSink} as it reads them. Each bad record is
 * reported in the returned {@link ImportReport} with file, line, column and reason, and the good
 * records still go through. Only an input that cannot be read at all throws.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface CohortSource extends LimPlugin {
    /**
     * Reads a cohort.
     *
     * @param input the file or folder and the options; never {@code null}
     * @param sink receives the accepted records; never {@code null}
     * @return what was accepted and what was rejected; never {@code null}
     * @throws InvalidInputException if the input is missing, unreadable or of another format
     *     entirely
     */
    ImportReport read(SourceInput input, CohortSink sink);
}
