package ee.lim.plugin.uci.internal;

import ee.lim.spi.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The position of each expected column in a file's header. Columns may come in any order; extra
 * columns are ignored with a warning.
 */
final class Columns {
    private final Map<String, Integer> index;
    private final List<String> header;

    private Columns(Map<String, Integer> index, List<String> header) {
        this.index = index;
        this.header = header;
    }

    /**
     * Maps the expected columns onto a header.
     *
     * @param csv the open file
     * @param expected the column names the layout needs
     * @param delimiter the separator the layout uses, named in the message for a one-column header
     * @param problems receives a warning per ignored extra column
     * @return the mapping
     * @throws InvalidInputException if an expected column is missing or a name repeats
     */
    static Columns map(CsvFile csv, List<String> expected, char delimiter, Problems problems) {
        List<String> header = csv.header();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (index.putIfAbsent(header.get(i), i) != null) {
                throw new InvalidInputException(
                        csv.name(),
                        csv.name()
                                + " has the column '"
                                + header.get(i)
                                + "' twice in its header; remove one");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String name : expected) {
            if (!index.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            String hint =
                    header.size() == 1
                            ? " The header has a single column, so the file is probably not"
                                    + " separated by '"
                                    + delimiter
                                    + "'."
                            : "";
            throw new InvalidInputException(
                    csv.name(),
                    csv.name()
                            + " is not in the expected layout: "
                            + missing.size()
                            + " of "
                            + expected.size()
                            + " columns are missing from its header, first "
                            + missing.subList(0, Math.min(3, missing.size()))
                            + "."
                            + hint);
        }
        for (int i = 0; i < header.size(); i++) {
            if (!expected.contains(header.get(i))) {
                problems.warn(csv.name(), 1, header.get(i), "Unknown column; it was ignored");
            }
        }
        return new Columns(Map.copyOf(index), header);
    }

    /**
     * Returns the value of a column in a record that has passed {@link RowChecks#check}.
     *
     * @param row the record
     * @param column an expected column name
     * @return the raw value
     */
    String get(Row row, String column) {
        return row.get(index.get(column));
    }

    /**
     * Returns the number of columns in the header.
     *
     * @return the header width
     */
    int width() {
        return header.size();
    }

    /**
     * Returns the header name of a position.
     *
     * @param position the 0-based position, below {@link #width()}
     * @return the trimmed name
     */
    String nameAt(int position) {
        return header.get(position);
    }
}
