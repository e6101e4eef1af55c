package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * Seeded train/test partitions for evaluating a model: stratified k-fold and time-ordered.
 *
 * <p>Stateless and thread-safe. Arguments must not be {@code null}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Splits {
    private Splits() {}

    /**
     * Assigns each row to one of {@code k} folds so that every fold has about the same share of
     * positive rows. Positives and negatives are shuffled separately with the seed and dealt to the
     * folds in turn, so fold sizes differ by at most one within each class. Runs in O(n).
     *
     * @param labels the labels; never {@code null}
     * @param k the number of folds, at least 2 and at most the number of rows
     * @param seed the shuffle seed
     * @return the fold of each row, in {@code [0, k)}
     * @throws InvalidInputException if {@code k} is out of range
     */
    public static int[] stratifiedFolds(boolean[] labels, int k, long seed) {
        Checks.present(labels, "labels");
        Checks.inRange(k, 2, Math.max(2, labels.length), "k");
        if (labels.length < k) {
            throw new InvalidInputException(
                    "k", "k must be at most the number of rows " + labels.length + ", got " + k);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] fold = new int[labels.length];
        int next = 0;
        for (boolean cls : new boolean[] {true, false}) {
            int[] members = indicesWhere(labels, cls);
            shuffle(members, random);
            for (int member : members) {
                fold[member] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }

    /**
     * Builds stratified k-fold splits: split {@code i} tests on fold {@code i} of {@link
     * #stratifiedFolds(boolean[], int, long)} and trains on the rest.
     *
     * @param labels the labels; never {@code null}
     * @param k the number of folds, at least 2 and at most the number of rows
     * @param seed the shuffle seed
     * @return {@code k} splits
     * @throws InvalidInputException if {@code k} is out of range
     */
    public static List<Split> stratifiedKFold(boolean[] labels, int k, long seed) {
        int[] fold = stratifiedFolds(labels, k, seed);
        List<Split> splits = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            int[] test = indicesOf(fold, f, true);
            int[] train = indicesOf(fold, f, false);
            splits.add(new Split(train, test));
        }
        return splits;
    }

    /**
     * Splits rows by date: the earliest rows train and the latest test, as a model deployed on a
     * date would only have seen earlier cases. Rows that share the date at the cut all go to the
     * same side (the training side), so no day is split. The result depends only on the dates, so
     * it needs no seed. Runs in O(n log n).
     *
     * @param dates the date of each row; never {@code null}, no {@code null} element
     * @param trainFraction the share of rows to train on, in {@code (0, 1)}
     * @return the split; its test side is empty if all rows share one date
     * @throws InvalidInputException if an argument is invalid
     */
    public static Split timeOrdered(List<LocalDate> dates, double trainFraction) {
        List<LocalDate> copy = Checks.listOf(dates, "dates");
        Checks.require(
                trainFraction > 0 && trainFraction < 1,
                "trainFraction",
                "trainFraction must be in (0, 1), got " + trainFraction);
        Integer[] order = new Integer[copy.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(copy::get));
        int cut = (int) Math.ceil(trainFraction * order.length);
        while (cut > 0
                && cut < order.length
                && copy.get(order[cut]).equals(copy.get(order[cut - 1]))) {
            cut++;
        }
        int[] train = new int[cut];
        int[] test = new int[order.length - cut];
        for (int i = 0; i < order.length; i++) {
            if (i < cut) {
                train[i] = order[i];
            } else {
                test[i - cut] = order[i];
            }
        }
        Arrays.sort(train);
        Arrays.sort(test);
        return new Split(train, test);
    }

    private static int[] indicesWhere(boolean[] labels, boolean value) {
        int count = 0;
        for (boolean label : labels) {
            if (label == value) {
                count++;
            }
        }
        int[] result = new int[count];
        int at = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == value) {
                result[at++] = i;
            }
        }
        return result;
    }

    private static int[] indicesOf(int[] fold, int f, boolean inFold) {
        int count = 0;
        for (int value : fold) {
            if ((value == f) == inFold) {
                count++;
            }
        }
        int[] result = new int[count];
        int at = 0;
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == f) == inFold) {
                result[at++] = i;
            }
        }
        return result;
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
