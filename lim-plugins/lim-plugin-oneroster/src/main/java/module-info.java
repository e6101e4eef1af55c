/**
 * A cohort source for 1EdTech OneRoster 1.2 CSV exports.
 *
 * <p>Provides the {@link ee.lim.spi.CohortSource} {@code oneroster}. Exports nothing.
 */
module ee.lim.plugin.oneroster {
    requires ee.lim.spi;
    requires org.apache.commons.csv;
    requires org.apache.commons.io;
    requires static org.apiguardian.api;

    provides ee.lim.spi.CohortSource with
            ee.lim.plugin.oneroster.internal.OneRosterSource;
}
