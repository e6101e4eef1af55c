package ee.lim.plugin.exchange.internal;

import static ee.lim.plugin.exchange.internal.Columns.DATE;
import static ee.lim.plugin.exchange.internal.Columns.DECISION;
import static ee.lim.plugin.exchange.internal.Columns.END_DATE;
import static ee.lim.plugin.exchange.internal.Columns.STUDENT_KEY;
import static ee.lim.plugin.exchange.internal.Columns.TIER;
import static ee.lim.plugin.exchange.internal.Columns.TYPE;

import ee.lim.spi.model.ReviewDecision;
import ee.lim.spi.model.SupportMeasure;
import ee.lim.spi.model.SupportTier;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Maps support.csv. */
final class SupportMapper extends FileMapper {
    private final Values values = new Values();
    private int key;
    private int date;
    private int end;
    private int tier;
    private int type;
    private int decision;

    SupportMapper(ImportState state) {
        super(state);
    }

    @Override
    String file() {
        return Columns.SUPPORT_FILE;
    }

    @Override
    String kind() {
        return "support";
    }

    @Override
    List<String> requiredColumns() {
        return List.of(STUDENT_KEY, DATE, TIER, TYPE);
    }

    @Override
    List<String> optionalColumns() {
        return List.of(END_DATE, DECISION);
    }

    @Override
    void bind(Header header) {
        key = header.position(STUDENT_KEY);
        date = header.position(DATE);
        end = header.position(END_DATE);
        tier = header.position(TIER);
        type = header.position(TYPE);
        decision = header.position(DECISION);
    }

    @Override
    Record map(CSVRecord row, long line) {
        var student = state.student(row.get(key), STUDENT_KEY);
        LocalDate start = values.date(row.get(date), DATE);
        LocalDate until = values.optionalDate(value(row, end), END_DATE);
        if (until != null && until.isBefore(start)) {
            throw new RejectedRow(END_DATE, "end_date is before date, the start");
        }
        SupportTier level = Values.code(SupportTier.class, row.get(tier), TIER);
        String measureType = Values.text(row.get(type), TYPE);
        ReviewDecision review =
                Values.optionalCode(ReviewDecision.class, value(row, decision), DECISION);
        return new SupportMeasure(student, start, until, level, measureType, review);
    }
}
