package ee.lim.plugin.oneroster.internal;

import ee.lim.spi.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The position of each column LIM reads in a OneRoster file's header. Columns may come in any
 * order. Required columns must be present; optional ones read as {@code ""} when absent. Other
 * columns, such as names and vendor extensions, are never read.
 */
final class Columns {
    private final Map<String, Integer> index;
    private final List<String> header;

    private Columns(Map<String, Integer> index, List<String> header) {
        this.index = index;
        this.header = header;
    }

    /**
     * Maps the columns onto a header.
     *
     * @param csv the open file
     * @param required the columns that must be present
     * @return the mapping
     * @throws InvalidInputException if a required column is missing or a name repeats
     */
    static Columns map(CsvFile csv, List<String> required) {
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
        for (String name : required) {
            if (!index.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            String hint =
                    header.size() == 1
                            ? " The header has a single column, so the file is probably not"
                                    + " separated by ','."
                            : "";
            throw new InvalidInputException(
                    csv.name(),
                    csv.name()
                            + " is not a OneRoster 1.2 file of this kind: its header lacks the"
                            + " required columns "
                            + missing
                            + "."
                            + hint);
        }
        return new Columns(Map.copyOf(index), header);
    }

    /**
     * Returns the value of a column, trimmed, in a record that has passed {@link RowChecks#check}.
     *
     * @param row the record
     * @param column a column name
     * @return the trimmed value, or {@code ""} if the file has no such column
     */
    String get(Row row, String column) {
        Integer position = index.get(column);
        return position == null ? "" : row.get(position).trim();
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
