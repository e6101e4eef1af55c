package ee.lim.core.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import ee.lim.spi.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Flagging figures per value of one attribute, such as sex, at one threshold for everyone.
 *
 * <p>Immutable and thread-safe.
 *
 * @param attribute the attribute that defines the groups; never {@code null}
 * @param threshold the lowest flagged score, the same for every group
 * @param minimumSize groups smaller than this are suppressed
 * @param referenceGroup the group the disparities are measured against, or {@code null} if every
 *     group is suppressed
 * @param rows one row per group, sorted by group value; never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GroupTable(
        @JsonProperty("attribute") String attribute,
        @JsonProperty("threshold") double threshold,
        @JsonProperty("minimum_size") int minimumSize,
        @JsonProperty("reference_group") String referenceGroup,
        @JsonProperty("rows") List<GroupRow> rows) {
    /** The group name of rows without a value. */
    public static final String MISSING = "(missing)";

    /**
     * Creates the record, copying the rows.
     *
     * @param attribute the attribute that defines the groups; never {@code null}
     * @param threshold the lowest flagged score, the same for every group
     * @param minimumSize groups smaller than this are suppressed
     * @param referenceGroup the reference group, or {@code null}
     * @param rows one row per group; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field is {@code null} where not allowed
     */
    public GroupTable {
        Checks.present(attribute, "GroupTable.attribute");
        rows = Checks.listOf(rows, "GroupTable.rows");
    }

    /**
     * Computes the table. The reference group is {@code reference} if given and not suppressed,
     * otherwise the largest unsuppressed group (the first by value on a tie). Runs in O(n log g).
     *
     * @param attribute the attribute name; never {@code null}
     * @param groups each row's group, {@code null} for missing; never {@code null}
     * @param scores the scores; never {@code null}
     * @param labels the labels; never {@code null}
     * @param threshold the lowest flagged score
     * @param minimumSize the smallest group that is shown, at least 1
     * @param reference the preferred reference group, or {@code null}
     * @return the table
     * @throws ee.lim.spi.InvalidInputException if an argument is invalid
     */
    public static GroupTable compute(
            String attribute,
            String[] groups,
            double[] scores,
            boolean[] labels,
            double threshold,
            int minimumSize,
            String reference) {
        Metrics.check(scores, labels);
        Checks.present(groups, "groups");
        Checks.require(
                groups.length == labels.length,
                "groups",
                "groups has " + groups.length + " entries for " + labels.length + " labels");
        Checks.inRange(minimumSize, 1, Integer.MAX_VALUE, "minimumSize");
        Map<String, int[]> counts = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            String group = groups[i] == null ? MISSING : groups[i];
            // size, positives, flagged, true positives, false positives
            int[] c = counts.computeIfAbsent(group, g -> new int[5]);
            boolean flagged = scores[i] >= threshold;
            c[0]++;
            c[1] += labels[i] ? 1 : 0;
            c[2] += flagged ? 1 : 0;
            c[3] += flagged && labels[i] ? 1 : 0;
            c[4] += flagged && !labels[i] ? 1 : 0;
        }
        String ref = null;
        if (reference != null
                && counts.containsKey(reference)
                && counts.get(reference)[0] >= minimumSize) {
            ref = reference;
        } else {
            int largest = -1;
            for (Map.Entry<String, int[]> entry : counts.entrySet()) {
                int size = entry.getValue()[0];
                if (size >= minimumSize && size > largest) {
                    largest = size;
                    ref = entry.getKey();
                }
            }
        }
        double[] refFigures = ref == null ? null : figures(counts.get(ref));
        List<GroupRow> rows = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] c = entry.getValue();
            if (c[0] < minimumSize) {
                rows.add(
                        new GroupRow(
                                entry.getKey(),
                                true,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null));
                continue;
            }
            double[] f = figures(c);
            rows.add(
                    new GroupRow(
                            entry.getKey(),
                            false,
                            c[0],
                            c[1],
                            box(f[0]),
                            box(f[1]),
                            box(f[2]),
                            box(f[3]),
                            groupAuc(entry.getKey(), groups, scores, labels, c),
                            groupBrier(entry.getKey(), groups, scores, labels),
                            refFigures == null ? null : box(f[0] / refFigures[0]),
                            refFigures == null ? null : box(f[1] - refFigures[1]),
                            refFigures == null ? null : box(f[2] - refFigures[2]),
                            refFigures == null ? null : box(f[3] - refFigures[3])));
        }
        return new GroupTable(attribute, threshold, minimumSize, ref, rows);
    }

    private static boolean[] members(String group, String[] groups) {
        boolean[] member = new boolean[groups.length];
        for (int i = 0; i < groups.length; i++) {
            member[i] = group.equals(groups[i] == null ? MISSING : groups[i]);
        }
        return member;
    }

    private static Double groupAuc(
            String group, String[] groups, double[] scores, boolean[] labels, int[] c) {
        if (c[1] == 0 || c[1] == c[0]) {
            return null;
        }
        boolean[] member = members(group, groups);
        double[] s = new double[c[0]];
        boolean[] y = new boolean[c[0]];
        int at = 0;
        for (int i = 0; i < member.length; i++) {
            if (member[i]) {
                s[at] = scores[i];
                y[at++] = labels[i];
            }
        }
        return Metrics.rocAuc(s, y);
    }

    /** Returns the group's Brier score if the scores are probabilities, else {@code null}. */
    private static Double groupBrier(
            String group, String[] groups, double[] scores, boolean[] labels) {
        boolean[] member = members(group, groups);
        double sum = 0;
        int count = 0;
        for (int i = 0; i < member.length; i++) {
            if (!member[i]) {
                continue;
            }
            if (!(scores[i] >= 0 && scores[i] <= 1)) {
                return null;
            }
            double error = scores[i] - (labels[i] ? 1 : 0);
            sum += error * error;
            count++;
        }
        return sum / count;
    }

    /** Returns flag rate, TPR, FPR and precision, NaN where undefined. */
    private static double[] figures(int[] c) {
        int negatives = c[0] - c[1];
        return new double[] {
            (double) c[2] / c[0],
            c[1] == 0 ? Double.NaN : (double) c[3] / c[1],
            negatives == 0 ? Double.NaN : (double) c[4] / negatives,
            c[2] == 0 ? Double.NaN : (double) c[3] / c[2]
        };
    }

    private static Double box(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
