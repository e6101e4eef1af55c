package ee.lim.examples.report;

/**
 * One bin of a calibration plot: students whose predicted probability lies in {@code [lower,
 * upper)}, their mean prediction and the observed rate of the adverse outcome.
 *
 * @param lower the bin's lower bound
 * @param upper the bin's upper bound
 * @param count students in the bin
 * @param meanPredicted their mean predicted probability
 * @param observedRate the share of them with the adverse outcome
 */
public record CalibrationBin(
        double lower, double upper, int count, double meanPredicted, double observedRate) {}
