/**
 * Risk scoring: features, indicator rule packs and an optional model combined into a {@link
 * ee.lim.spi.risk.RiskAssessment} per student.
 */
package ee.lim.core.risk;
