package ee.lim.examples.report;

/**
 * A point of a curve in the unit square, such as (false positive rate, true positive rate) on a ROC
 * curve.
 *
 * @param x the horizontal coordinate in {@code [0, 1]}
 * @param y the vertical coordinate in {@code [0, 1]}
 */
public record CurvePoint(double x, double y) {}
