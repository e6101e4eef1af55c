package ee.lim.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class StandardiserTest {
    // Column 0: 1, 2, 3, NaN has mean 2 and population sd sqrt(2/3). Column 1 (0/1) keeps scale 1
    // unless indicators are scaled: mean 0.5, sd 0.5. Column 2 is constant: scale 1.
    private static final double[][] ROWS = {{1, 0, 7}, {2, 1, 7}, {3, 1, 7}, {Double.NaN, 0, 7}};

    @Test
    void fit_meansAndScalesIgnoreMissing() {
        Standardiser standardiser = Standardiser.fit(ROWS, false);

        assertArrayEquals(new double[] {2, 0.5, 7}, standardiser.means(), 1e-15);
        assertArrayEquals(new double[] {Math.sqrt(2.0 / 3), 1, 1}, standardiser.sds(), 1e-15);
        assertArrayEquals(new double[] {0, -0.5, 0}, standardiser.apply(ROWS)[3], 1e-15);
    }

    @Test
    void fit_scalesIndicatorsWhenAsked() {
        Standardiser standardiser = Standardiser.fit(ROWS, true);

        assertArrayEquals(new double[] {Math.sqrt(2.0 / 3), 0.5, 1}, standardiser.sds(), 1e-15);
    }
}
