/**
 * Referral matching: eligibility of students for services, the optimal assignment of students'
 * needs to services under capacity, the reasons behind each proposal and each need left out, and
 * coverage tables with what-if analysis.
 *
 * <p>Start with {@link ee.lim.core.matching.Matcher#match}. Every result is a proposal for a
 * specialist; nothing here refers a child. Results carry no personal data beyond pseudonymous
 * {@link ee.lim.spi.model.StudentKey}s.
 */
package ee.lim.core.matching;
