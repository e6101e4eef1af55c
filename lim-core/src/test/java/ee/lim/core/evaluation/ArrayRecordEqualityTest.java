package ee.lim.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArrayRecordEqualityTest {
    @Test
    void split_equalContents_equalAndSameHash() {
        Split a = new Split(new int[] {0, 2, 4}, new int[] {1, 3});
        Split b = new Split(new int[] {0, 2, 4}, new int[] {1, 3});

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("Split[train=[0, 2, 4], test=[1, 3]]", a.toString());
    }

    @Test
    void split_differentContents_notEqual() {
        Split a = new Split(new int[] {0, 2, 4}, new int[] {1, 3});

        assertNotEquals(a, new Split(new int[] {0, 2}, new int[] {1, 3, 4}));
        assertNotEquals(a, new Split(new int[] {1, 3}, new int[] {0, 2, 4}));
        assertNotEquals(a, null);
    }

    @Test
    void result_equalContents_equalAndSameHash() {
        CrossValidation.Result a = result(0.25, 0.75);
        CrossValidation.Result b = result(0.25, 0.75);

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(a.toString().contains("probabilities=2 values"), a.toString());
    }

    @Test
    void result_differentProbability_notEqual() {
        assertNotEquals(result(0.25, 0.75), result(0.25, 0.5));
    }

    private static CrossValidation.Result result(double first, double second) {
        return new CrossValidation.Result(
                2, 7L, new double[] {first, second}, new double[] {0.6, 0.8}, 0.7, 0.71);
    }
}
