package ee.lim.plugin.oneroster.internal;

/** Checks that apply to every record whatever its layout: width, text and length. */
final class RowChecks {
    /** The maximum field length in characters; no valid value comes near it. */
    static final int MAX_FIELD_LENGTH = 1000;

    private RowChecks() {}

    /**
     * Checks a record's shape and reports it as rejected if it fails.
     *
     * @param row the record
     * @param columns the header mapping
     * @param file the file name
     * @param problems receives the rejection
     * @return {@code true} if the record may be mapped
     */
    static boolean check(Row row, Columns columns, String file, Problems problems) {
        if (row.size() != columns.width()) {
            String span =
                    row.endLine() > row.line()
                            ? "; it runs to line " + row.endLine() + ", so a quote may be left open"
                            : "";
            problems.reject(
                    file,
                    row.line(),
                    "",
                    "The record has "
                            + row.size()
                            + " fields but the header has "
                            + columns.width()
                            + span);
            return false;
        }
        for (int i = 0; i < row.size(); i++) {
            String value = row.get(i);
            if (value.length() > MAX_FIELD_LENGTH) {
                problems.reject(
                        file,
                        row.line(),
                        columns.nameAt(i),
                        "The field is longer than " + MAX_FIELD_LENGTH + " characters");
                return false;
            }
            if (!isText(value)) {
                problems.reject(
                        file,
                        row.line(),
                        columns.nameAt(i),
                        "The field contains bytes that are not UTF-8 text or control characters");
                return false;
            }
        }
        return true;
    }

    private static boolean isText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\t')) {
                return false;
            }
        }
        return true;
    }
}
