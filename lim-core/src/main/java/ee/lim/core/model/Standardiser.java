package ee.lim.core.model;

import ee.lim.spi.InvalidInputException;

/**
 * Means and scales of the training columns, ignoring missing values. A column with no variation (or
 * no values) gets scale 1, so its standardised value is 0 and its weight stays 0 under the penalty.
 * Immutable.
 */
final class Standardiser {
    private final double[] means;
    private final double[] sds;

    private Standardiser(double[] means, double[] sds) {
        this.means = means;
        this.sds = sds;
    }

    /**
     * Computes column means and population standard deviations over the non-missing values, with
     * Welford's update for numerical stability.
     *
     * @param scaleIndicators whether to scale 0/1 columns too
     * @throws InvalidInputException if a value is infinite
     */
    static Standardiser fit(double[][] rows, boolean scaleIndicators) {
        int p = rows.length == 0 ? 0 : rows[0].length;
        double[] means = new double[p];
        double[] m2 = new double[p];
        long[] counts = new long[p];
        boolean[] indicator = new boolean[p];
        java.util.Arrays.fill(indicator, true);
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < p; j++) {
                double x = rows[i][j];
                if (Double.isNaN(x)) {
                    continue;
                }
                if (Double.isInfinite(x)) {
                    throw new InvalidInputException(
                            "TrainingSet.rows",
                            "TrainingSet.rows row "
                                    + i
                                    + " column "
                                    + j
                                    + " is infinite; use NaN for a missing value");
                }
                counts[j]++;
                indicator[j] &= x == 0 || x == 1;
                double delta = x - means[j];
                means[j] += delta / counts[j];
                m2[j] += delta * (x - means[j]);
            }
        }
        double[] sds = new double[p];
        for (int j = 0; j < p; j++) {
            double sd = counts[j] == 0 ? 0 : Math.sqrt(m2[j] / counts[j]);
            boolean varies = sd > 1e-12 * Math.max(1, Math.abs(means[j]));
            sds[j] = varies && (scaleIndicators || !indicator[j]) ? sd : 1;
        }
        return new Standardiser(means, sds);
    }

    double[] means() {
        return means.clone();
    }

    double[] sds() {
        return sds.clone();
    }

    /** Returns standardised copies of the rows, missing values as 0. */
    double[][] apply(double[][] rows) {
        double[][] z = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double[] row = rows[i];
            double[] out = new double[row.length];
            for (int j = 0; j < row.length; j++) {
                out[j] = Double.isNaN(row[j]) ? 0 : (row[j] - means[j]) / sds[j];
            }
            z[i] = out;
        }
        return z;
    }
}
