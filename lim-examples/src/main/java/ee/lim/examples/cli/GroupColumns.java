package ee.lim.examples.cli;

import ee.lim.core.model.Dataset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The protected attributes a fairness table is computed for: every protected attribute of the
 * evaluated students with at most {@value #MAX_GROUPS} distinct values, so that numeric ones such
 * as age in years do not split the students into groups too small to show.
 */
final class GroupColumns {
    static final int MAX_GROUPS = 6;

    private GroupColumns() {}

    static Map<String, String[]> of(Dataset dataset, int[] rows) {
        Set<String> names = new TreeSet<>();
        for (int row : rows) {
            names.addAll(dataset.protectedAttributes().get(row).keySet());
        }
        Map<String, String[]> columns = new TreeMap<>();
        for (String name : names) {
            String[] all = dataset.groups(name);
            String[] column = new String[rows.length];
            Set<String> distinct = new HashSet<>();
            for (int i = 0; i < rows.length; i++) {
                column[i] = all[rows[i]];
                distinct.add(column[i]);
            }
            if (distinct.size() <= MAX_GROUPS) {
                columns.put(name, column);
            }
        }
        return columns;
    }
}
