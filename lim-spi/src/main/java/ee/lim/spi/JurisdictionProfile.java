package ee.lim.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.Jurisdiction;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Supplies a country's or school owner's rules: grade scale, stages, study periods, tiers. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface JurisdictionProfile extends LimPlugin {
    /**
     * Returns the rules for the school year that contains a date.
     *
     * @param asOf a day of the school year; never {@code null}
     * @return the rules; never {@code null}
     */
    Jurisdiction jurisdiction(LocalDate asOf);
}
