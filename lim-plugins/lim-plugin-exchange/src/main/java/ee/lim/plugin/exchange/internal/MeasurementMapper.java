package ee.lim.plugin.exchange.internal;

import static ee.lim.plugin.exchange.internal.Columns.CATEGORY;
import static ee.lim.plugin.exchange.internal.Columns.DATE;
import static ee.lim.plugin.exchange.internal.Columns.NAME;
import static ee.lim.plugin.exchange.internal.Columns.STUDENT_KEY;
import static ee.lim.plugin.exchange.internal.Columns.VALUE;

import ee.lim.spi.model.Measurement;
import ee.lim.spi.risk.FactorCategory;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Maps measurements.csv. */
final class MeasurementMapper extends FileMapper {
    private final Values values = new Values();
    private int key;
    private int date;
    private int name;
    private int value;
    private int category;

    MeasurementMapper(ImportState state) {
        super(state);
    }

    @Override
    String file() {
        return Columns.MEASUREMENTS_FILE;
    }

    @Override
    String kind() {
        return "measurements";
    }

    @Override
    List<String> requiredColumns() {
        return Columns.MEASUREMENTS;
    }

    @Override
    List<String> optionalColumns() {
        return List.of();
    }

    @Override
    void bind(Header header) {
        key = header.position(STUDENT_KEY);
        date = header.position(DATE);
        name = header.position(NAME);
        value = header.position(VALUE);
        category = header.position(CATEGORY);
    }

    @Override
    Record map(CSVRecord row, long line) {
        var student = state.student(row.get(key), STUDENT_KEY);
        var day = values.date(row.get(date), DATE);
        String measurementName = measurementName(row.get(name));
        double number = Values.number(row.get(value), VALUE);
        FactorCategory area = Values.code(FactorCategory.class, row.get(category), CATEGORY);
        return new Measurement(student, day, measurementName, number, area.name());
    }

    private static String measurementName(String text) {
        boolean valid = !text.isEmpty() && text.length() <= 64;
        for (int i = 0; valid && i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            valid = alphanumeric || (i > 0 && (c == '.' || c == '_' || c == '-'));
        }
        if (!valid) {
            throw new RejectedRow(
                    NAME,
                    "expected 1 to 64 characters: lower-case letters, digits, and . _ - after"
                            + " the first, such as units_enrolled");
        }
        return text;
    }
}
