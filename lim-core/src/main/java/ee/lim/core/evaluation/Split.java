package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * One train/test partition of row indices.
 *
 * <p>The arrays are copied on construction and on access, so the record is immutable.
 *
 * @param train the indices of the training rows, ascending; never {@code null}
 * @param test the indices of the test rows, ascending; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
// Primitive arrays spare boxing every row index; they are copied in and out, and equals, hashCode
// and toString below use their contents.
@SuppressWarnings("ArrayRecordComponent")
public record Split(int[] train, int[] test) {
    /**
     * Creates the record, copying the arrays.
     *
     * @param train the indices of the training rows, ascending; never {@code null}
     * @param test the indices of the test rows, ascending; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if an array is {@code null}
     */
    public Split {
        train = Checks.present(train, "Split.train").clone();
        test = Checks.present(test, "Split.test").clone();
    }

    /**
     * Returns a copy of the training indices.
     *
     * @return a new array
     */
    @Override
    public int[] train() {
        return train.clone();
    }

    /**
     * Returns a copy of the test indices.
     *
     * @return a new array
     */
    @Override
    public int[] test() {
        return test.clone();
    }

    /**
     * Tells whether another split contains the same indices in the same order.
     *
     * @param other the object to compare with; may be {@code null}
     * @return {@code true} if {@code other} is a split with equal arrays
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Split that
                && Arrays.equals(train, that.train)
                && Arrays.equals(test, that.test);
    }

    /**
     * Returns a hash code of the indices.
     *
     * @return the hash code, consistent with {@link #equals(Object)}
     */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
    }

    /**
     * Returns the indices as text, for debugging.
     *
     * @return the text; never {@code null}
     */
    @Override
    public String toString() {
        return "Split[train=" + Arrays.toString(train) + ", test=" + Arrays.toString(test) + "]";
    }
}
