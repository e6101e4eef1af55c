package ee.lim.plugin.exchange.internal;

import static ee.lim.plugin.exchange.internal.Columns.DATE;
import static ee.lim.plugin.exchange.internal.Columns.STUDENT_KEY;
import static ee.lim.plugin.exchange.internal.Columns.TYPE;

import ee.lim.spi.model.Outcome;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Maps outcomes.csv. */
final class OutcomeMapper extends FileMapper {
    private final Values values = new Values();
    private int key;
    private int date;
    private int type;

    OutcomeMapper(ImportState state) {
        super(state);
    }

    @Override
    String file() {
        return Columns.OUTCOMES_FILE;
    }

    @Override
    String kind() {
        return "outcomes";
    }

    @Override
    List<String> requiredColumns() {
        return Columns.OUTCOMES;
    }

    @Override
    List<String> optionalColumns() {
        return List.of();
    }

    @Override
    void bind(Header header) {
        key = header.position(STUDENT_KEY);
        date = header.position(DATE);
        type = header.position(TYPE);
    }

    @Override
    Record map(CSVRecord row, long line) {
        var student = state.student(row.get(key), STUDENT_KEY);
        var day = values.date(row.get(date), DATE);
        var outcome = Values.code(Outcome.Type.class, row.get(type), TYPE);
        return new Outcome(student, day, outcome);
    }
}
