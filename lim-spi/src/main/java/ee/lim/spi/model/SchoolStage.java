package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import org.apiguardian.api.API;

/**
 * A stage of schooling that spans a range of grades, such as Estonia's stage I (grades 1 to 3).
 *
 * @param id a stable id, such as {@code "I"} or {@code "gymnasium"}; never blank
 * @param firstGrade the first grade of the stage, 0 to 13
 * @param lastGrade the last grade, not below {@code firstGrade}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SchoolStage(String id, int firstGrade, int lastGrade) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id a stable id, such as {@code "I"} or {@code "gymnasium"}; never blank
     * @param firstGrade the first grade of the stage, 0 to 13
     * @param lastGrade the last grade, not below {@code firstGrade}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public SchoolStage {
        Checks.notBlank(id, "SchoolStage.id");
        Checks.inRange(firstGrade, 0, 13, "SchoolStage.firstGrade");
        Checks.inRange(lastGrade, firstGrade, 13, "SchoolStage.lastGrade");
    }

    /**
     * Tells whether a grade belongs to the stage.
     *
     * @param grade the grade
     * @return {@code true} if {@code firstGrade <= grade <= lastGrade}
     */
    public boolean contains(int grade) {
        return grade >= firstGrade && grade <= lastGrade;
    }
}
