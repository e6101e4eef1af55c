package ee.lim.core.features;

import java.util.Map;

/**
 * The trend of weekly attendance: the least-squares slope of the weekly attendance rate against the
 * week number, and whether the rate fell in each of the last few week-to-week steps.
 *
 * <p>Week {@code k} (0 = the latest) covers the seven days {@code [asOf - 7(k+1), asOf - 7k)}.
 * Weeks without attendance records, such as holidays, are left out of both the fit and the decline
 * check, so a decline runs over the weeks with data. With fewer than two such weeks the trend is
 * absent.
 */
final class WeeklyTrend {
    private final double slope;
    private final boolean declining;

    private WeeklyTrend(double slope, boolean declining) {
        this.slope = slope;
        this.declining = declining;
    }

    /** Computes the trend, or returns {@code null} when fewer than two weeks have records. */
    static WeeklyTrend of(int[] recorded, int[] absent, AsOfCalendar calendar) {
        int weeks = calendar.trendWeeks;
        double[] x = new double[weeks];
        double[] y = new double[weeks];
        int n = 0;
        // Oldest week first, so that the x values are in time order.
        for (int k = weeks - 1; k >= 0; k--) {
            long from = calendar.asOfDay - 7L * (k + 1) - calendar.rangeStart;
            long total = 0;
            long missed = 0;
            for (long d = Math.max(0, from); d < from + 7; d++) {
                total += recorded[(int) d];
                missed += absent[(int) d];
            }
            if (total > 0) {
                x[n] = weeks - 1 - k;
                y[n] = 1.0 - (double) missed / total;
                n++;
            }
        }
        if (n < 2) {
            return null;
        }

        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }

        int steps = calendar.declineSteps;
        boolean declining = n > steps;
        for (int i = n - steps; declining && i < n; i++) {
            declining = y[i] < y[i - 1];
        }
        return new WeeklyTrend(sxy / sxx, declining);
    }

    void putInto(Map<String, Double> values) {
        values.put(FeatureNames.ATTENDANCE_TREND, slope);
        values.put(FeatureNames.ATTENDANCE_SUSTAINED_DECLINE, declining ? 1.0 : 0.0);
    }
}
