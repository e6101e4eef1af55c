package ee.lim.plugin.exchange.internal;

import static ee.lim.plugin.exchange.internal.Columns.MUNICIPALITY_CODE;
import static ee.lim.plugin.exchange.internal.Columns.NAME;
import static ee.lim.plugin.exchange.internal.Columns.SCHOOL_ID;

import ee.lim.spi.model.School;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Maps schools.csv. */
final class SchoolMapper extends FileMapper {
    private int id;
    private int name;
    private int municipality;

    SchoolMapper(ImportState state) {
        super(state);
    }

    @Override
    String file() {
        return Columns.SCHOOLS_FILE;
    }

    @Override
    String kind() {
        return "schools";
    }

    @Override
    List<String> requiredColumns() {
        return List.of(SCHOOL_ID, NAME);
    }

    @Override
    List<String> optionalColumns() {
        return List.of(MUNICIPALITY_CODE);
    }

    @Override
    void bind(Header header) {
        id = header.position(SCHOOL_ID);
        name = header.position(NAME);
        municipality = header.position(MUNICIPALITY_CODE);
        state.markSchoolFileRead();
    }

    @Override
    Record map(CSVRecord row, long line) {
        String schoolId = Values.text(row.get(id), SCHOOL_ID);
        if (state.isKnownSchool(schoolId)) {
            throw new RejectedRow(SCHOOL_ID, "school_id repeats an earlier row");
        }
        String schoolName = Values.text(row.get(name), NAME);
        String code = Values.optionalText(value(row, municipality), MUNICIPALITY_CODE);
        return new School(schoolId, schoolName, code);
    }

    @Override
    void send(Record record) {
        state.addSchool((School) record);
    }
}
