package ee.lim.spi.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.util.List;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A category of need from a taxonomy. The default taxonomy is in the constants; a jurisdiction
 * extends it by creating categories with new ids.
 *
 * @param id lower-case letters, digits and {@code -}, such as {@code "attendance"}; never blank
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NeedCategory(String id) implements Comparable<NeedCategory> {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** Attendance and truancy. */
    public static final NeedCategory ATTENDANCE = new NeedCategory("attendance");

    /** Learning difficulties and study skills. */
    public static final NeedCategory LEARNING = new NeedCategory("learning");

    /** Behaviour at school. */
    public static final NeedCategory BEHAVIOUR = new NeedCategory("behaviour");

    /** Wellbeing and mental health. */
    public static final NeedCategory WELLBEING = new NeedCategory("wellbeing");

    /** Family and social circumstances. */
    public static final NeedCategory FAMILY_SOCIAL = new NeedCategory("family-social");

    /** Physical health. */
    public static final NeedCategory HEALTH = new NeedCategory("health");

    /** Career guidance and motivation. */
    public static final NeedCategory CAREER = new NeedCategory("career");

    /** Substance use. */
    public static final NeedCategory SUBSTANCE_USE = new NeedCategory("substance-use");

    /** The default taxonomy, in a fixed order. */
    public static final List<NeedCategory> DEFAULTS =
            List.of(
                    ATTENDANCE,
                    LEARNING,
                    BEHAVIOUR,
                    WELLBEING,
                    FAMILY_SOCIAL,
                    HEALTH,
                    CAREER,
                    SUBSTANCE_USE);

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id lower-case letters, digits and {@code -}, such as {@code "attendance"}; never blank
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public NeedCategory {
        Checks.present(id, "NeedCategory.id");
        Checks.require(
                ID.matcher(id).matches(),
                "NeedCategory.id",
                "NeedCategory.id must match [a-z0-9][a-z0-9-]{0,63}, got '" + id + "'");
    }

    @Override
    public int compareTo(NeedCategory other) {
        return id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
