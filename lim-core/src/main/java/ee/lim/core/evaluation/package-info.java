/**
 * Evaluation of risk scores for researchers. It covers discrimination (ROC AUC with a DeLong
 * interval, average precision), calibration (Brier score, decile table) and precision and recall at
 * a flag rate. It also gives per-group figures with small groups suppressed, seeded splits, and a
 * gate that compares a model with a rule-based score.
 */
package ee.lim.core.evaluation;
