/**
 * The domain model of people, places, dated observations and jurisdiction rules. All types are
 * immutable records or enums, validated in their constructors, and safe to share between threads.
 * Constructors throw {@link ee.lim.spi.InvalidInputException} for invalid values and never quote a
 * value that may be personal data.
 */
package ee.lim.spi.model;
