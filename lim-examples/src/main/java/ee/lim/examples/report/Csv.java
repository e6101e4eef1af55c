package ee.lim.examples.report;

import java.util.List;

/**
 * RFC 4180 CSV text: comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote
 * or a line break. Stateless and thread-safe.
 */
final class Csv {
    private Csv() {}

    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        for (List<String> row : rows) {
            line(out, row);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String field) {
        boolean needsQuotes =
                field.indexOf(',') >= 0
                        || field.indexOf('"') >= 0
                        || field.indexOf('\n') >= 0
                        || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
