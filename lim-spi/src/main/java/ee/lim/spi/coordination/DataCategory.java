package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Categories of a student's personal data, the unit of access rules and consent. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum DataCategory {
    /** Name-free identity: key, school, grade, municipality. */
    IDENTITY,
    /** Attendance and absence records. */
    ATTENDANCE,
    /** Grades and assessments. */
    GRADES,
    /** Behaviour incidents. */
    BEHAVIOUR,
    /** Risk assessments and their explanations. */
    RISK,
    /** Support measures, special educational needs and the development monitoring card. */
    SUPPORT,
    /** Health, including mental health. */
    HEALTH,
    /** Family and social circumstances. */
    FAMILY_SOCIAL,
    /** Case records: plans, meetings, referrals. */
    CASE
}
