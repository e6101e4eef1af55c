package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.service.NeedCategory;
import org.apiguardian.api.API;

/**
 * One line of a coverage table: a need category in one municipality.
 *
 * @param need the need category; never {@code null}
 * @param municipality the students' municipality of residence, or {@link CoverageTable#UNKNOWN}
 * @param withNeed how many students have the need
 * @param proposed how many of them were proposed a service for it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CoverageRow(NeedCategory need, String municipality, int withNeed, int proposed) {
    /**
     * Returns the students with the need and no proposal.
     *
     * @return {@code withNeed - proposed}
     */
    public int gap() {
        return withNeed - proposed;
    }
}
