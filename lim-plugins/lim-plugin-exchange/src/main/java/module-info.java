/**
 * The LIM exchange format: a folder of documented CSV files that any school system can export.
 *
 * <p>It provides the {@link ee.lim.spi.CohortSource} with id {@code exchange} and exports one
 * package, {@code ee.lim.plugin.exchange}, with that source and {@link
 * ee.lim.plugin.exchange.ExchangeWriter}, which writes a cohort in the same format.
 */
module ee.lim.plugin.exchange {
    requires transitive ee.lim.spi;
    requires static org.apiguardian.api;
    requires org.apache.commons.csv;

    exports ee.lim.plugin.exchange;

    provides ee.lim.spi.CohortSource with
            ee.lim.plugin.exchange.ExchangeCohortSource;
}
