package ee.lim.plugin.estonia;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Maps the verbal levels a school uses in stages I and II to the five-point scale.
 *
 * <p>Estonian schools may assess stages I and II verbally; the school's curriculum sets how verbal
 * assessments convert to the five-point scale, and they must be converted by the end of stage II at
 * the latest (Eurydice, Estonia, 5.3 "Assessment in basic education"). The default scale contains
 * the five documented verbal names of the grades: "väga hea" 5, "hea" 4, "rahuldav" 3, "puudulik" 2
 * and "nõrk" 1. A school adds its own levels with {@link #with}.
 *
 * <p>Levels are matched ignoring case and surrounding spaces. Instances are immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class VerbalScale {
    private final Map<String, Integer> levels;

    private VerbalScale(Map<String, Integer> levels) {
        this.levels = Map.copyOf(levels);
    }

    /**
     * Returns the scale of the five verbal grade names.
     *
     * @return the scale
     */
    public static VerbalScale standard() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.put("väga hea", 5);
        levels.put("hea", 4);
        levels.put("rahuldav", 3);
        levels.put("puudulik", 2);
        levels.put("nõrk", 1);
        return new VerbalScale(levels);
    }

    /**
     * Returns a copy with one more level, or with a level's grade replaced.
     *
     * @param level the verbal level as the school writes it, such as "saavutatud"; never blank
     * @param grade the grade it converts to, 1 to 5
     * @return the new scale
     * @throws ee.lim.spi.InvalidInputException if {@code level} is blank or {@code grade} is
     *     outside 1 to 5
     */
    public VerbalScale with(String level, int grade) {
        Checks.notBlank(level, "level");
        Checks.inRange(grade, 1, 5, "grade");
        Map<String, Integer> copy = new LinkedHashMap<>(levels);
        copy.put(normalise(level), grade);
        return new VerbalScale(copy);
    }

    /**
     * Converts a verbal level to a grade.
     *
     * @param level the level; {@code null} converts to nothing
     * @return the grade, or empty for an unknown level
     */
    public OptionalInt toGrade(String level) {
        if (level == null) {
            return OptionalInt.empty();
        }
        Integer grade = levels.get(normalise(level));
        return grade == null ? OptionalInt.empty() : OptionalInt.of(grade);
    }

    /**
     * Returns the levels and their grades.
     *
     * @return an unmodifiable map from the lower-case level to its grade
     */
    public Map<String, Integer> levels() {
        return levels;
    }

    private static String normalise(String level) {
        return level.strip().toLowerCase(Locale.ROOT);
    }
}
