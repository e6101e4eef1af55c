package ee.lim.examples.cli;

import ee.lim.spi.CohortSource;
import ee.lim.spi.ImportReport;
import ee.lim.spi.model.Cohort;

/**
 * A cohort as read, with the import report and where it came from.
 *
 * @param source the source plugin that read it
 * @param cohort the accepted students and observations
 * @param report the import report
 * @param input the input as given, or the bundled file's name
 * @param sha256 hex SHA-256 of the input bytes
 */
record LoadedCohort(
        CohortSource source, Cohort cohort, ImportReport report, String input, String sha256) {}
