/**
 * The domain model and the plugin interfaces of LIM. It depends on {@code java.base} only; the
 * stability annotations are read at compile time and not needed at run time.
 */
module ee.lim.spi {
    requires static org.apiguardian.api;

    exports ee.lim.spi;
    exports ee.lim.spi.model;
    exports ee.lim.spi.risk;
    exports ee.lim.spi.service;
    exports ee.lim.spi.coordination;
}
