/**
 * Needs, services, eligibility and capacity. All types are immutable and thread-safe; constructors
 * throw {@link ee.lim.spi.InvalidInputException}.
 */
package ee.lim.spi.service;
