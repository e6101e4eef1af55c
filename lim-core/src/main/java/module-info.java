/**
 * The LIM engine and its algorithms.
 *
 * <p>It {@code uses} every SPI interface of {@code ee.lim.spi}, so that {@link
 * java.util.ServiceLoader} finds plugins on the module path, and it names no plugin in its code. It
 * provides one risk model itself, the logistic regression of {@code ee.lim.core.model}.
 */
module ee.lim.core {
    requires transitive ee.lim.spi;
    requires static org.apiguardian.api;
    requires com.google.common;
    requires tools.jackson.databind;
    requires org.jgrapht.core;

    exports ee.lim.core;
    exports ee.lim.core.features;
    exports ee.lim.core.rules;
    exports ee.lim.core.risk;
    exports ee.lim.core.explain;
    exports ee.lim.core.coordination;
    exports ee.lim.core.evaluation;
    exports ee.lim.core.model;
    exports ee.lim.core.needs;
    exports ee.lim.core.matching;

    uses ee.lim.spi.CohortSource;
    uses ee.lim.spi.JurisdictionProfile;
    uses ee.lim.spi.IndicatorRulePack;
    uses ee.lim.spi.RiskModelProvider;
    uses ee.lim.spi.ServiceCatalogueSource;
    uses ee.lim.spi.Pseudonymiser;
    uses ee.lim.spi.CaseStore;
    uses ee.lim.spi.AuditSink;

    provides ee.lim.spi.RiskModelProvider with
            ee.lim.core.model.LogisticRegressionProvider;
}
