/**
 * Risk: features as of a date, indicators, model contributions and assessments. All types are
 * immutable and thread-safe; constructors throw {@link ee.lim.spi.InvalidInputException}.
 */
package ee.lim.spi.risk;
