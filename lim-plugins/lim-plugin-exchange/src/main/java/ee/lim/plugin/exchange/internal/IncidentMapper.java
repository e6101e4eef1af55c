package ee.lim.plugin.exchange.internal;

import static ee.lim.plugin.exchange.internal.Columns.CATEGORY;
import static ee.lim.plugin.exchange.internal.Columns.DATE;
import static ee.lim.plugin.exchange.internal.Columns.EXCLUSION_DAYS;
import static ee.lim.plugin.exchange.internal.Columns.SEVERITY;
import static ee.lim.plugin.exchange.internal.Columns.STUDENT_KEY;

import ee.lim.spi.model.BehaviourIncident;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Maps incidents.csv. */
final class IncidentMapper extends FileMapper {
    private final Values values = new Values();
    private int key;
    private int date;
    private int severity;
    private int category;
    private int exclusion;

    IncidentMapper(ImportState state) {
        super(state);
    }

    @Override
    String file() {
        return Columns.INCIDENTS_FILE;
    }

    @Override
    String kind() {
        return "incidents";
    }

    @Override
    List<String> requiredColumns() {
        return List.of(STUDENT_KEY, DATE, SEVERITY, CATEGORY);
    }

    @Override
    List<String> optionalColumns() {
        return List.of(EXCLUSION_DAYS);
    }

    @Override
    void bind(Header header) {
        key = header.position(STUDENT_KEY);
        date = header.position(DATE);
        severity = header.position(SEVERITY);
        category = header.position(CATEGORY);
        exclusion = header.position(EXCLUSION_DAYS);
    }

    @Override
    Record map(CSVRecord row, long line) {
        var student = state.student(row.get(key), STUDENT_KEY);
        var day = values.date(row.get(date), DATE);
        var level = Values.code(BehaviourIncident.Severity.class, row.get(severity), SEVERITY);
        String categoryText = Values.text(row.get(category), CATEGORY);
        Integer days = Values.optionalInteger(value(row, exclusion), EXCLUSION_DAYS, 0, 365);
        return new BehaviourIncident(student, day, level, categoryText, days == null ? 0 : days);
    }
}
