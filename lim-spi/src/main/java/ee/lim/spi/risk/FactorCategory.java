package ee.lim.spi.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The area a risk factor belongs to. Explanations show only factors a school can act on unless the
 * caller asks for all.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum FactorCategory {
    /** Attendance and absence. */
    ATTENDANCE(true),
    /** Grades and course performance. */
    GRADES(true),
    /** Behaviour incidents and remarks. */
    BEHAVIOUR(true),
    /** Support measures given or missing. */
    SUPPORT(true),
    /** Enrolment history: repeats, transfers, over-age for grade. */
    ENROLMENT(false),
    /** Background facts a school cannot change, such as study time reported at intake. */
    BACKGROUND(false);

    private final boolean actionable;

    FactorCategory(boolean actionable) {
        this.actionable = actionable;
    }

    /**
     * Tells whether a school can act on factors of this category.
     *
     * @return {@code true} for attendance, grades, behaviour and support
     */
    public boolean isActionable() {
        return actionable;
    }
}
