package ee.lim.spi.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The sectors whose specialists work together on a young person's support. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Sector {
    /** Schools and their support specialists, the counselling centres. */
    EDUCATION,
    /** Local social work. */
    SOCIAL,
    /** Local child protection. */
    CHILD_PROTECTION,
    /** Youth centres and youth workers. */
    YOUTH_WORK,
    /** Health care, including mental health. */
    HEALTH,
    /** The employment office, including career counselling. */
    EMPLOYMENT,
    /** The police. */
    POLICE
}
