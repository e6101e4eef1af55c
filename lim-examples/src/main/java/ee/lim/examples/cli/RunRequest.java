package ee.lim.examples.cli;

import ee.lim.core.Engine;
import ee.lim.spi.ServiceCatalogueSource;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The request of one {@code lim run}, after its options were checked.
 *
 * @param engine the engine with the plugins
 * @param cohort the cohort as read
 * @param asOf the as-of date
 * @param scorers the rule packs and model provider
 * @param scoring the scoring options (folds, seed)
 * @param catalogueSource the service catalogue plugin
 * @param catalogue the catalogue input, or {@code null} for the plugin's bundled sample
 * @param language the report language, {@code et} or {@code en}
 * @param demoMapping whether the UCI demonstration mapping may apply
 */
record RunRequest(
        Engine engine,
        LoadedCohort cohort,
        LocalDate asOf,
        Scorers scorers,
        ScoringOptions scoring,
        ServiceCatalogueSource catalogueSource,
        Path catalogue,
        String language,
        boolean demoMapping) {}
