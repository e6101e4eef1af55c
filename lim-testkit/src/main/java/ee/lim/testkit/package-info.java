/**
 * Contract tests that plugin authors extend, one per SPI role, and the seeded synthetic-cohort
 * generator {@link ee.lim.testkit.SyntheticCohort}.
 */
package ee.lim.testkit;
