package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
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
}
