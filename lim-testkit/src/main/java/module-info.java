/**
 * Test support for LIM plugin authors: abstract contract tests per SPI role and a seeded
 * synthetic-cohort generator. The package is opened so that JUnit can run the inherited test
 * methods reflectively.
 */
module ee.lim.testkit {
    requires transitive ee.lim.spi;
    // Static: the synthetic cohorts run without JUnit; only the contract tests need it.
    requires static org.junit.jupiter.api;
    requires static org.apiguardian.api;

    exports ee.lim.testkit;

    opens ee.lim.testkit;
}
