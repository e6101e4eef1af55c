package ee.lim.plugin.exchange.internal;

import java.util.List;

/** File and column names of the exchange format, shared by the reader and the writer. */
public final class Columns {
    /** The student file; the only required one. */
    public static final String STUDENTS_FILE = "students.csv";

    /** The school file. */
    public static final String SCHOOLS_FILE = "schools.csv";

    /** The attendance file. */
    public static final String ATTENDANCE_FILE = "attendance.csv";

    /** The grade file. */
    public static final String GRADES_FILE = "grades.csv";

    /** The behaviour incident file. */
    public static final String INCIDENTS_FILE = "incidents.csv";

    /** The support measure file. */
    public static final String SUPPORT_FILE = "support.csv";

    /** The enrolment event file. */
    public static final String ENROLMENT_FILE = "enrolment.csv";

    /** The outcome file. */
    public static final String OUTCOMES_FILE = "outcomes.csv";

    /** The measurement file. */
    public static final String MEASUREMENTS_FILE = "measurements.csv";

    /** Every file of the format in the order the reader reads them. */
    public static final List<String> FILES_IN_READ_ORDER =
            List.of(
                    SCHOOLS_FILE,
                    STUDENTS_FILE,
                    ENROLMENT_FILE,
                    ATTENDANCE_FILE,
                    GRADES_FILE,
                    INCIDENTS_FILE,
                    SUPPORT_FILE,
                    OUTCOMES_FILE,
                    MEASUREMENTS_FILE);

    /** Prefix of a student column that carries a protected attribute, such as sex. */
    public static final String PROTECTED_PREFIX = "protected.";

    /** Prefix of a student column that carries any other attribute. */
    public static final String ATTRIBUTE_PREFIX = "attr.";

    /** The pseudonymous student key, in every file but schools.csv. */
    public static final String STUDENT_KEY = "student_key";

    /** The date of an observation, ISO {@code yyyy-MM-dd}. */
    public static final String DATE = "date";

    /** The school id. */
    public static final String SCHOOL_ID = "school_id";

    /** School name. */
    public static final String NAME = "name";

    /** Municipality code of a school. */
    public static final String MUNICIPALITY_CODE = "municipality_code";

    /** Birth month, {@code yyyy-MM}. */
    public static final String BIRTH_MONTH = "birth_month";

    /** Grade (class year). */
    public static final String GRADE = "grade";

    /** Municipality of residence. */
    public static final String RESIDENCE_MUNICIPALITY = "residence_municipality";

    /** ISO 639 language code. */
    public static final String LANGUAGE = "language";

    /** Attendance scope. */
    public static final String SCOPE = "scope";

    /** Attendance status. */
    public static final String STATUS = "status";

    /** Attendance minutes. */
    public static final String MINUTES = "minutes";

    /** Grade subject. */
    public static final String SUBJECT = "subject";

    /** Grade study period. */
    public static final String PERIOD_ID = "period_id";

    /** Grade value. */
    public static final String VALUE = "value";

    /** Grade scale id. */
    public static final String SCALE_ID = "scale_id";

    /** Grade scale minimum. */
    public static final String SCALE_MIN = "scale_min";

    /** Grade scale maximum. */
    public static final String SCALE_MAX = "scale_max";

    /** Grade scale pass mark. */
    public static final String SCALE_PASS_MARK = "scale_pass_mark";

    /** Credits earned with a grade. */
    public static final String CREDITS = "credits";

    /** Incident severity. */
    public static final String SEVERITY = "severity";

    /** Incident or measurement category. */
    public static final String CATEGORY = "category";

    /** Days of exclusion after an incident. */
    public static final String EXCLUSION_DAYS = "exclusion_days";

    /** Support end date. */
    public static final String END_DATE = "end_date";

    /** Support tier. */
    public static final String TIER = "tier";

    /** Support type, enrolment event type or outcome type. */
    public static final String TYPE = "type";

    /** Support review decision. */
    public static final String DECISION = "decision";

    /** Header of schools.csv, in written order. */
    public static final List<String> SCHOOLS = List.of(SCHOOL_ID, NAME, MUNICIPALITY_CODE);

    /** Fixed columns of students.csv, in written order; attribute columns follow. */
    public static final List<String> STUDENTS =
            List.of(STUDENT_KEY, BIRTH_MONTH, SCHOOL_ID, GRADE, RESIDENCE_MUNICIPALITY, LANGUAGE);

    /** Header of attendance.csv. */
    public static final List<String> ATTENDANCE =
            List.of(STUDENT_KEY, DATE, SCOPE, STATUS, MINUTES);

    /** Header of grades.csv. */
    public static final List<String> GRADES =
            List.of(
                    STUDENT_KEY,
                    DATE,
                    SUBJECT,
                    PERIOD_ID,
                    VALUE,
                    SCALE_ID,
                    SCALE_MIN,
                    SCALE_MAX,
                    SCALE_PASS_MARK,
                    CREDITS);

    /** Header of incidents.csv. */
    public static final List<String> INCIDENTS =
            List.of(STUDENT_KEY, DATE, SEVERITY, CATEGORY, EXCLUSION_DAYS);

    /** Header of support.csv. */
    public static final List<String> SUPPORT =
            List.of(STUDENT_KEY, DATE, END_DATE, TIER, TYPE, DECISION);

    /** Header of enrolment.csv. */
    public static final List<String> ENROLMENT = List.of(STUDENT_KEY, DATE, TYPE, SCHOOL_ID, GRADE);

    /** Header of outcomes.csv. */
    public static final List<String> OUTCOMES = List.of(STUDENT_KEY, DATE, TYPE);

    /** Header of measurements.csv. */
    public static final List<String> MEASUREMENTS =
            List.of(STUDENT_KEY, DATE, NAME, VALUE, CATEGORY);

    private Columns() {}
}
