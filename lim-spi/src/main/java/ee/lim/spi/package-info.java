/**
 * The plugin interfaces of LIM, the exception hierarchy and the import report.
 *
 * <p>One interface per role, each extending {@link ee.lim.spi.LimPlugin}: {@link
 * ee.lim.spi.CohortSource}, {@link ee.lim.spi.JurisdictionProfile}, {@link
 * ee.lim.spi.IndicatorRulePack}, {@link ee.lim.spi.RiskModelProvider}, {@link
 * ee.lim.spi.ServiceCatalogueSource}, {@link ee.lim.spi.Pseudonymiser}, and the persistence roles
 * in {@link ee.lim.spi.coordination}. Every exception LIM throws on purpose extends {@link
 * ee.lim.spi.LimException}.
 */
package ee.lim.spi;
