/**
 * Coordination of integrated support: cases, support plans, network meetings, closed-loop
 * referrals, consent, legal bases and the audit trail, with the persistence roles that store them.
 */
package ee.lim.spi.coordination;
