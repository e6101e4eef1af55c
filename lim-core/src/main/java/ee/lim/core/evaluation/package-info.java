/**
 * Evaluation of risk scores for researchers: discrimination (ROC AUC with a DeLong interval,
 * average precision), calibration (Brier score, decile table), precision and recall at a flag rate,
 * the same per group with suppression of small groups, seeded splits, and a gate that compares a
 * model with a rule-based score.
 */
package ee.lim.core.evaluation;
