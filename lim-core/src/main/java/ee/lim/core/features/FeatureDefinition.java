package ee.lim.core.features;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.risk.FactorCategory;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The factor category and unit of a named feature.
 *
 * @param name the stable feature name, such as {@code "attendance_rate_4w"}; never {@code null}
 * @param category the factor category; never {@code null}
 * @param unit the unit of the value; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FeatureDefinition(String name, FactorCategory category, FeatureUnit unit) {
    /**
     * Creates the record.
     *
     * @param name the stable feature name; never {@code null}
     * @param category the factor category; never {@code null}
     * @param unit the unit of the value; never {@code null}
     * @throws NullPointerException if an argument is {@code null}
     */
    public FeatureDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(unit, "unit");
    }
}
