package ee.lim.core.matching;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Where a matching result came from, so that a reader can repeat it.
 *
 * @param inputSha256 hex SHA-256 over a canonical form of the problem (students' facts, needs,
 *     services and configuration, each sorted by key); never {@code null}
 * @param configuration the weights as {@link MatchingConfig#describe()} gives them; never {@code
 *     null}
 * @param asOf the as-of date; never {@code null}
 * @param algorithm the name and version of the solver; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Provenance(
        String inputSha256, String configuration, LocalDate asOf, String algorithm) {}
