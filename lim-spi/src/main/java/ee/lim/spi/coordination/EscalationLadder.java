package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The configurable steps a case climbs when support at one level is not enough, each with the roles
 * that coordinate it.
 *
 * @param levels the levels in order, ranked {@code 1, 2, ...}; never empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EscalationLadder(List<EscalationLevel> levels) {

    /** The role id of a class teacher. */
    public static final String CLASS_TEACHER = "class-teacher";

    /** The role id of a school support team member leading a case. */
    public static final String SCHOOL_SUPPORT_TEAM = "school-support-team";

    /** The role id of a special educational needs coordinator (HEV-koordinaator). */
    public static final String SEN_COORDINATOR = "sen-coordinator";

    /** The role id of a local child-protection specialist (lastekaitsespetsialist). */
    public static final String CHILD_PROTECTION_SPECIALIST = "child-protection-specialist";

    /** The role id of the head of a local social department. */
    public static final String HEAD_OF_SOCIAL_DEPARTMENT = "head-of-social-department";

    /** The role id of the head of a local education department. */
    public static final String HEAD_OF_EDUCATION_DEPARTMENT = "head-of-education-department";

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param levels the levels in order, ranked {@code 1, 2, ...}; never empty
     * @throws ee.lim.spi.InvalidInputException if the list is empty or the ranks do not run {@code
     *     1, 2, ...}
     */
    public EscalationLadder {
        levels = Checks.listOf(levels, "EscalationLadder.levels");
        Checks.require(
                !levels.isEmpty(),
                "EscalationLadder.levels",
                "EscalationLadder.levels is empty; give at least one level");
        for (int i = 0; i < levels.size(); i++) {
            int rank = levels.get(i).rank();
            Checks.require(
                    rank == i + 1,
                    "EscalationLadder.levels",
                    "EscalationLadder.levels must be ranked 1, 2, ... in order, got rank "
                            + rank
                            + " at position "
                            + (i + 1));
        }
    }

    /**
     * Returns the four-level ladder used by Estonian municipalities: class teacher, then the school
     * support team or SEN coordinator, then the local child-protection specialist, then the heads
     * of the local social and education departments.
     *
     * @return the ladder; never {@code null}
     */
    public static EscalationLadder standard() {
        return new EscalationLadder(
                List.of(
                        new EscalationLevel(1, "class teacher", Set.of(CLASS_TEACHER)),
                        new EscalationLevel(
                                2,
                                "school support team",
                                Set.of(SCHOOL_SUPPORT_TEAM, SEN_COORDINATOR)),
                        new EscalationLevel(
                                3, "child protection", Set.of(CHILD_PROTECTION_SPECIALIST)),
                        new EscalationLevel(
                                4,
                                "local government",
                                Set.of(HEAD_OF_SOCIAL_DEPARTMENT, HEAD_OF_EDUCATION_DEPARTMENT))));
    }

    /**
     * Returns the level of a rank.
     *
     * @param rank the rank, from {@code 1} to {@link #top()}
     * @return the level; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if the rank is not on the ladder
     */
    public EscalationLevel level(int rank) {
        Checks.inRange(rank, 1, levels.size(), "EscalationLadder.rank");
        return levels.get(rank - 1);
    }

    /**
     * Returns the highest rank.
     *
     * @return the number of levels
     */
    public int top() {
        return levels.size();
    }
}
