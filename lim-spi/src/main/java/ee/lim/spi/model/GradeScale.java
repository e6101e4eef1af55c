package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import org.apiguardian.api.API;

/**
 * A jurisdiction's numeric grade scale, such as Estonia's 1 to 5 with 3 the lowest pass, or
 * Portugal's 0 to 20 with 10 the lowest pass. Higher is better on every scale LIM models.
 *
 * @param id a stable id, such as {@code "ee-1-5"}; never blank
 * @param min the lowest grade
 * @param max the highest grade, greater than {@code min}
 * @param passMark the lowest passing grade, in {@code [min, max]}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GradeScale(String id, double min, double max, double passMark) {
    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id a stable id, such as {@code "ee-1-5"}; never blank
     * @param min the lowest grade
     * @param max the highest grade, greater than {@code min}
     * @param passMark the lowest passing grade, in {@code [min, max]}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public GradeScale {
        Checks.notBlank(id, "GradeScale.id");
        Checks.finite(min, "GradeScale.min");
        Checks.finite(max, "GradeScale.max");
        Checks.require(
                max > min,
                "GradeScale.max",
                "GradeScale.max must be greater than min " + min + ", got " + max);
        Checks.inRange(passMark, min, max, "GradeScale.passMark");
    }

    /**
     * Tells whether a grade fails.
     *
     * @param value a grade on this scale
     * @return {@code true} if {@code value < passMark}
     */
    public boolean isFailing(double value) {
        return value < passMark;
    }

    /**
     * Maps a grade linearly to {@code [0, 1]}, so averages on different scales compare.
     *
     * @param value a grade on this scale
     * @return {@code (value - min) / (max - min)}
     */
    public double normalise(double value) {
        return (value - min) / (max - min);
    }
}
