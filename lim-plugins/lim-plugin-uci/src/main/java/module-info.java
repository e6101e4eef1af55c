/**
 * Cohort sources for the public UCI student data sets and the Portuguese jurisdiction profiles they
 * need.
 *
 * <p>Provides the {@link ee.lim.spi.CohortSource}s {@code uci} (Student Performance, such as {@code
 * student-por.csv}) and {@code uci-dropout} ("Predict Students' Dropout and Academic Success"
 * {@code data.csv}), and the {@link ee.lim.spi.JurisdictionProfile}s {@code pt-secondary} and
 * {@code pt-higher}. Exports {@code ee.lim.plugin.uci}, which gives the bundled copy of {@code
 * student-por.csv}.
 */
module ee.lim.plugin.uci {
    requires ee.lim.spi;
    requires org.apache.commons.csv;
    requires org.apache.commons.io;
    requires static org.apiguardian.api;

    exports ee.lim.plugin.uci;

    provides ee.lim.spi.CohortSource with
            ee.lim.plugin.uci.internal.StudentPerformanceSource,
            ee.lim.plugin.uci.internal.DropoutSource;
    provides ee.lim.spi.JurisdictionProfile with
            ee.lim.plugin.uci.internal.PtSecondaryProfile,
            ee.lim.plugin.uci.internal.PtHigherProfile;
}
