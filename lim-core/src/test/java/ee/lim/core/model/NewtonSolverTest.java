package ee.lim.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewtonSolverTest {
    // With no inputs the optimum intercept is the log-odds of the mean target: 3 of 4 gives ln 3.
    @Test
    void fit_interceptOnlyIsLogOddsOfMean() {
        double[][] x = {{}, {}, {}, {}};

        NewtonSolver.Fit fit =
                new NewtonSolver(x, new double[] {1, 1, 1, 0}, new int[] {0, 1, 2, 3})
                        .fit(1, null, 50, 1e-14);

        assertEquals(Math.log(3), fit.intercept(), 1e-12);
        assertTrue(fit.converged());
    }

    // Separable data: without the penalty the weight would grow forever; with l2 it stays finite
    // and the gradient vanishes: sum (mu_i - y_i) x_i + l2 * w = 0 and sum (mu_i - y_i) = 0.
    @Test
    void fit_separableDataStaysFiniteAndStationary() {
        double[][] x = {{-2}, {-1}, {1}, {2}};
        double[] y = {0, 0, 1, 1};
        double l2 = 0.5;

        NewtonSolver.Fit fit =
                new NewtonSolver(x, y, new int[] {0, 1, 2, 3}).fit(l2, null, 100, 1e-16);

        double gradientW = l2 * fit.weights()[0];
        double gradientB = 0;
        for (int i = 0; i < 4; i++) {
            double mu = 1 / (1 + Math.exp(-(fit.intercept() + fit.weights()[0] * x[i][0])));
            gradientW += (mu - y[i]) * x[i][0];
            gradientB += mu - y[i];
        }
        assertEquals(0, gradientW, 1e-9);
        assertEquals(0, gradientB, 1e-9);
        assertTrue(Double.isFinite(fit.weights()[0]));
    }

    @Test
    void cholesky_solvesKnownSystem() {
        double[][] a = {{4, 2}, {2, 3}};

        double[] s = NewtonSolver.Cholesky.solve(a, new double[] {2, 5});

        // 4a + 2b = 2, 2a + 3b = 5 gives a = -0.5, b = 2.
        assertArrayEquals(new double[] {-0.5, 2}, s, 1e-14);
    }

    @Test
    void sigmoidAndSoftplus_extremeArgumentsStayFinite() {
        assertEquals(1, NewtonSolver.sigmoid(800), 0);
        assertEquals(0, NewtonSolver.sigmoid(-800), 0);
        assertEquals(800, NewtonSolver.softplus(800), 1e-12);
        assertEquals(0, NewtonSolver.softplus(-800), 1e-300);
    }
}
