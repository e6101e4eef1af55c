package ee.lim.plugin.exchange.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The header row of one file: column names and their positions. Fixed column names are matched
 * case-insensitively; attribute names keep their case.
 */
final class Header {
    private final List<String> names;
    private final Map<String, Integer> positions;

    private Header(List<String> names, Map<String, Integer> positions) {
        this.names = names;
        this.positions = positions;
    }

    /**
     * Builds a header.
     *
     * @param names the values of the first row
     * @return the header
     * @throws RejectedRow for an empty or repeated column name, naming it
     */
    static Header of(List<String> names) {
        Map<String, Integer> positions = new HashMap<>();
        Set<String> exact = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                throw new RejectedRow(
                        String.valueOf(i + 1), "column " + (i + 1) + " has no name in the header");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            boolean attribute =
                    lower.startsWith(Columns.ATTRIBUTE_PREFIX)
                            || lower.startsWith(Columns.PROTECTED_PREFIX);
            // Attribute names are case-sensitive, fixed names are not.
            boolean repeated = !exact.add(name) || (positions.put(lower, i) != null && !attribute);
            if (repeated) {
                throw new RejectedRow(name, "column appears twice in the header");
            }
        }
        return new Header(List.copyOf(names), positions);
    }

    /** Returns the position of a fixed column, or -1 when the file has no such column. */
    int position(String column) {
        return positions.getOrDefault(column, -1);
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }
}
