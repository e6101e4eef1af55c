/**
 * Test support for LIM plugin authors: abstract contract tests per SPI role and a seeded
 * synthetic-cohort generator. Its tests are JUnit Jupiter tests, so the module is opened to it.
 */
open module ee.lim.testkit {
    requires transitive ee.lim.spi;
    requires transitive org.junit.jupiter.api;
    requires static org.apiguardian.api;

    exports ee.lim.testkit;
}
