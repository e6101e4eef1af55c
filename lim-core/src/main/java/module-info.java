/**
 * The LIM engine and its algorithms.
 *
 * <p>It {@code uses} every SPI interface of {@code ee.lim.spi}, so that {@link
 * java.util.ServiceLoader} finds plugins on the module path, and it knows no plugin by name.
 */
module ee.lim.core {
    requires transitive ee.lim.spi;
    requires static org.apiguardian.api;
    requires com.google.common;
    requires tools.jackson.databind;
    requires org.jgrapht.core;

    exports ee.lim.core;
    exports ee.lim.core.needs;
    exports ee.lim.core.matching;

    uses ee.lim.spi.CohortSource;
    uses ee.lim.spi.JurisdictionProfile;
    uses ee.lim.spi.IndicatorRulePack;
    uses ee.lim.spi.RiskModelProvider;
    uses ee.lim.spi.ServiceCatalogueSource;
    uses ee.lim.spi.Pseudonymiser;
}
