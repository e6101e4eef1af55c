package ee.lim.core.model;

import ee.lim.spi.InvalidInputException;

/**
 * Fits an L2-penalised logistic regression by Newton's method with a backtracking line search.
 *
 * <p>The objective is {@code sum_i w_i * (softplus(eta_i) - t_i * eta_i) + lambda/2 * |beta|^2},
 * where {@code eta_i = x_i . beta + beta0}, {@code t_i} is a target in {@code [0, 1]} and the
 * intercept {@code beta0} is not penalised. It is strictly convex for {@code lambda > 0}, so the
 * Hessian is positive definite and Newton's method converges quadratically near the optimum. The
 * line search (Armijo, halving) makes it converge from any start. One iteration costs {@code O(n
 * p^2 + p^3)}: forming {@code X'WX} and a Cholesky factorisation. Newton suits the tens to a few
 * hundred columns of school data. For thousands of columns a quasi-Newton method would be cheaper.
 *
 * <p>Not thread-safe; one instance per fit.
 */
final class NewtonSolver {
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 60;

    private final double[][] x;
    private final double[] targets;
    private final int[] rows;
    private final int p;

    /**
     * Creates a solver over a subset of rows.
     *
     * @param x rows of inputs without a constant column, all finite
     * @param targets the target of each row, in {@code [0, 1]}
     * @param rows the indices of the rows to fit on
     */
    NewtonSolver(double[][] x, double[] targets, int[] rows) {
        this.x = x;
        this.targets = targets;
        this.rows = rows;
        this.p = x.length == 0 ? 0 : x[0].length;
    }

    /** The fitted coefficients and how the fit went. */
    // A holder handed straight to the caller; never compared, hashed or printed.
    @SuppressWarnings("ArrayRecordComponent")
    record Fit(double[] weights, double intercept, int iterations, boolean converged) {}

    /**
     * Minimises the objective.
     *
     * @param lambda the L2 penalty on the weights, at least 0; the intercept is never penalised
     * @param start the starting coefficients (weights then intercept), or {@code null} to start at
     *     zero weights and the intercept of the mean target
     * @param maxIterations the maximum number of Newton steps
     * @param tolerance convergence threshold on the Newton decrement per row
     * @return the fit
     */
    Fit fit(double lambda, double[] start, int maxIterations, double tolerance) {
        int d = p + 1;
        double[] beta = new double[d];
        if (start != null) {
            System.arraycopy(start, 0, beta, 0, d);
        } else {
            double mean = 0;
            for (int r : rows) {
                mean += targets[r];
            }
            mean = Math.min(1 - 1e-9, Math.max(1e-9, mean / rows.length));
            beta[p] = Math.log(mean / (1 - mean));
        }
        double[] gradient = new double[d];
        double[][] hessian = new double[d][d];
        double[] eta = new double[rows.length];
        double objective = objective(beta, lambda, eta);
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations) {
            iteration++;
            derivatives(beta, lambda, eta, gradient, hessian);
            double[] step = Cholesky.solve(hessian, gradient);
            double decrement = 0;
            for (int j = 0; j < d; j++) {
                decrement += gradient[j] * step[j];
            }
            if (decrement / 2 <= tolerance * rows.length) {
                converged = true;
                break;
            }
            double size = 1;
            double[] candidate = new double[d];
            double next = Double.POSITIVE_INFINITY;
            for (int halving = 0; halving < MAX_HALVINGS; halving++) {
                for (int j = 0; j < d; j++) {
                    candidate[j] = beta[j] - size * step[j];
                }
                next = objective(candidate, lambda, eta);
                if (next <= objective - ARMIJO * size * decrement) {
                    break;
                }
                size /= 2;
            }
            if (!(next < objective)) {
                // No decrease at machine precision: the optimum is reached as closely as doubles
                // allow.
                objective(beta, lambda, eta);
                converged = true;
                break;
            }
            beta = candidate;
            objective = next;
        }
        double[] weights = new double[p];
        System.arraycopy(beta, 0, weights, 0, p);
        return new Fit(weights, beta[p], iteration, converged);
    }

    /** Computes the objective at {@code beta} and leaves the linear predictors in {@code eta}. */
    private double objective(double[] beta, double lambda, double[] eta) {
        double sum = 0;
        for (int k = 0; k < rows.length; k++) {
            double[] row = x[rows[k]];
            double e = beta[p];
            for (int j = 0; j < p; j++) {
                e += row[j] * beta[j];
            }
            eta[k] = e;
            sum += softplus(e) - targets[rows[k]] * e;
        }
        double penalty = 0;
        for (int j = 0; j < p; j++) {
            penalty += beta[j] * beta[j];
        }
        return sum + lambda / 2 * penalty;
    }

    private void derivatives(
            double[] beta, double lambda, double[] eta, double[] gradient, double[][] hessian) {
        int d = p + 1;
        for (int a = 0; a < d; a++) {
            gradient[a] = 0;
            java.util.Arrays.fill(hessian[a], 0);
        }
        double[] h0 = new double[d];
        for (int k = 0; k < rows.length; k++) {
            double[] row = x[rows[k]];
            double mu = sigmoid(eta[k]);
            double residual = mu - targets[rows[k]];
            double w = mu * (1 - mu);
            for (int a = 0; a < p; a++) {
                double za = row[a];
                gradient[a] += residual * za;
                double wa = w * za;
                double[] ha = hessian[a];
                for (int b = a; b < p; b++) {
                    ha[b] += wa * row[b];
                }
                h0[a] += wa;
            }
            gradient[p] += residual;
            h0[p] += w;
        }
        for (int a = 0; a < p; a++) {
            gradient[a] += lambda * beta[a];
            hessian[a][a] += lambda;
            hessian[a][p] = h0[a];
            for (int b = 0; b < a; b++) {
                hessian[a][b] = hessian[b][a];
            }
        }
        for (int b = 0; b < p; b++) {
            hessian[p][b] = h0[b];
        }
        // A tiny ridge on the intercept keeps the factorisation defined when every mu saturates.
        hessian[p][p] = h0[p] + 1e-12 * rows.length;
    }

    /**
     * Computes {@code log(1 + exp(e))} without overflow.
     *
     * @param e the argument
     * @return the softplus
     */
    static double softplus(double e) {
        return e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e));
    }

    /**
     * Computes the logistic function without overflow.
     *
     * @param e the log-odds
     * @return {@code 1 / (1 + exp(-e))}
     */
    static double sigmoid(double e) {
        if (e >= 0) {
            return 1 / (1 + Math.exp(-e));
        }
        double z = Math.exp(e);
        return z / (1 + z);
    }

    /** Cholesky factorisation and solve for small symmetric positive-definite systems. */
    static final class Cholesky {
        private Cholesky() {}

        /**
         * Solves {@code A s = b}.
         *
         * @param a a symmetric positive-definite matrix; not modified
         * @param b the right-hand side; not modified
         * @return the solution
         * @throws InvalidInputException if {@code a} is not positive definite
         */
        static double[] solve(double[][] a, double[] b) {
            int n = b.length;
            double[][] l = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    double sum = a[i][j];
                    for (int k = 0; k < j; k++) {
                        sum -= l[i][k] * l[j][k];
                    }
                    if (i == j) {
                        if (!(sum > 0)) {
                            throw new InvalidInputException(
                                    "TrainingSet.rows",
                                    "the training data gives a singular system at column "
                                            + i
                                            + "; use a positive l2 penalty");
                        }
                        l[i][i] = Math.sqrt(sum);
                    } else {
                        l[i][j] = sum / l[j][j];
                    }
                }
            }
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = b[i];
                for (int k = 0; k < i; k++) {
                    sum -= l[i][k] * y[k];
                }
                y[i] = sum / l[i][i];
            }
            double[] s = new double[n];
            for (int i = n - 1; i >= 0; i--) {
                double sum = y[i];
                for (int k = i + 1; k < n; k++) {
                    sum -= l[k][i] * s[k];
                }
                s[i] = sum / l[i][i];
            }
            return s;
        }
    }
}
