/**
 * Reads Open Referral HSDS 3 service directories, as JSON or as a tabular data package, into LIM
 * service catalogues. Registered as the {@code hsds} {@link ee.lim.spi.ServiceCatalogueSource}.
 *
 * <p>It exports only {@code ee.lim.plugin.hsds.catalogues}, which offers the bundled sample
 * catalogue of Võru County.
 */
module ee.lim.plugin.hsds {
    requires ee.lim.spi;
    requires static org.apiguardian.api;
    requires tools.jackson.databind;
    requires org.apache.commons.csv;

    exports ee.lim.plugin.hsds.catalogues;

    provides ee.lim.spi.ServiceCatalogueSource with
            ee.lim.plugin.hsds.HsdsCatalogueSource;
}
