package ee.lim.plugin.oneroster.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The OneRoster 1.2 CSV files LIM reads, the columns it reads from each and the rules a row must
 * meet. Other files of the binding (categories, resources, score scales, learning objectives, user
 * profiles) are not read.
 */
// The column lists are List.of(...) and so unmodifiable; the checker sees only the List type.
@SuppressWarnings("ImmutableEnumChecker")
enum RosterFile {
    /** Organisations; those of type {@code school} become schools. */
    ORGS("orgs", List.of("sourcedId", "name", "type"), List.of("parentSourcedId")),
    /** Users; only those with a student role are kept, and never their names or contacts. */
    USERS("users", List.of("sourcedId"), List.of("primaryOrgSourcedId", "grades")),
    /** Roles of users at organisations (new in 1.2). */
    ROLES(
            "roles",
            List.of("sourcedId", "userSourcedId", "roleType", "role", "orgSourcedId"),
            List.of("beginDate", "endDate")),
    /** Demographics, keyed by the user's sourcedId. */
    DEMOGRAPHICS("demographics", List.of("sourcedId"), List.of("birthDate", "sex")),
    /** School years, terms, semesters and grading periods. */
    ACADEMIC_SESSIONS(
            "academicSessions", List.of("sourcedId", "type", "startDate", "endDate"), List.of()),
    /** Classes, for the subject of a line item. */
    CLASSES(
            "classes",
            List.of("sourcedId"),
            List.of("courseSourcedId", "schoolSourcedId", "classCode", "subjects", "subjectCodes")),
    /** Courses, for the subject of a class without subjects. */
    COURSES("courses", List.of("sourcedId"), List.of("courseCode", "title")),
    /** Enrolments of users in classes. */
    ENROLLMENTS(
            "enrollments",
            List.of("sourcedId", "classSourcedId", "schoolSourcedId", "userSourcedId", "role"),
            List.of()),
    /** Gradebook columns with their score range. */
    LINE_ITEMS(
            "lineItems",
            List.of("sourcedId", "classSourcedId", "resultValueMin", "resultValueMax"),
            List.of("dueDate", "gradingPeriodSourcedId", "academicSessionSourcedId")),
    /** Scores of students on line items. */
    RESULTS(
            "results",
            List.of("sourcedId", "lineItemSourcedId", "studentSourcedId", "scoreStatus"),
            List.of("score", "scoreDate"));

    private final String baseName;
    private final List<String> required;
    private final List<String> optional;

    RosterFile(String baseName, List<String> required, List<String> optional) {
        this.baseName = baseName;
        this.required = required;
        this.optional = optional;
    }

    /**
     * Returns the name used in the manifest key {@code file.<name>}.
     *
     * @return the name, such as {@code "academicSessions"}
     */
    String baseName() {
        return baseName;
    }

    /**
     * Returns the file name.
     *
     * @return the name, such as {@code "users.csv"}
     */
    String fileName() {
        return baseName + ".csv";
    }

    /**
     * Returns the columns that must be in the header.
     *
     * @return the names
     */
    List<String> required() {
        return required;
    }

    /**
     * Returns every column LIM reads: the required ones, {@code status}, {@code dateLastModified}
     * and the optional ones.
     *
     * @return the names
     */
    List<String> read() {
        List<String> all = new ArrayList<>(required);
        all.add("status");
        all.add("dateLastModified");
        all.addAll(optional);
        return List.copyOf(all);
    }

    /**
     * Checks the values of a row that is to be loaded.
     *
     * @param row the values by column name
     * @return the first broken rule, or empty if the row is valid
     */
    Optional<Violation> check(RosterRecord row) {
        for (String column : required) {
            if (row.get(column).isEmpty()) {
                return Optional.of(new Violation(column, column + " is required but empty"));
            }
        }
        return switch (this) {
            case ORGS -> vocabulary(row, "type", Values.ORG_TYPES);
            case ROLES ->
                    first(
                            vocabulary(row, "role", Values.ROLES),
                            vocabulary(row, "roleType", Set.of("primary", "secondary")),
                            optionalDate(row, "beginDate"),
                            optionalDate(row, "endDate"));
            case DEMOGRAPHICS ->
                    first(
                            optionalDate(row, "birthDate"),
                            optionalVocabulary(row, "sex", Values.SEXES));
            case ACADEMIC_SESSIONS ->
                    first(
                            vocabulary(row, "type", Values.SESSION_TYPES),
                            optionalDate(row, "startDate"),
                            optionalDate(row, "endDate"),
                            sessionOrder(row));
            case ENROLLMENTS -> vocabulary(row, "role", Values.ENROLLMENT_ROLES);
            case LINE_ITEMS -> first(scoreRange(row), optionalDate(row, "dueDate"));
            case RESULTS ->
                    first(
                            vocabulary(row, "scoreStatus", Values.SCORE_STATUSES),
                            optionalNumber(row, "score"),
                            optionalDate(row, "scoreDate"));
            case USERS, CLASSES, COURSES -> Optional.empty();
        };
    }

    @SafeVarargs
    private static Optional<Violation> first(Optional<Violation>... checks) {
        for (Optional<Violation> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> vocabulary(
            RosterRecord row, String column, Set<String> values) {
        if (Values.inVocabulary(values, row.get(column))) {
            return Optional.empty();
        }
        return Optional.of(
                new Violation(
                        column,
                        column
                                + " must be one of "
                                + values.stream().sorted().toList()
                                + " or an ext: value"));
    }

    private static Optional<Violation> optionalVocabulary(
            RosterRecord row, String column, Set<String> values) {
        return row.get(column).isEmpty() ? Optional.empty() : vocabulary(row, column, values);
    }

    private static Optional<Violation> optionalDate(RosterRecord row, String column) {
        String value = row.get(column);
        if (value.isEmpty() || Values.date(value).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(
                new Violation(column, column + " must be an ISO 8601 date such as 2024-01-15"));
    }

    private static Optional<Violation> optionalNumber(RosterRecord row, String column) {
        String value = row.get(column);
        if (value.isEmpty() || Values.number(value).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Violation(column, column + " must be a decimal number"));
    }

    private static Optional<Violation> sessionOrder(RosterRecord row) {
        Optional<LocalDate> start = Values.date(row.get("startDate"));
        Optional<LocalDate> end = Values.date(row.get("endDate"));
        return start.isPresent() && end.isPresent() && end.get().isBefore(start.get())
                ? Optional.of(new Violation("endDate", "endDate is before startDate"))
                : Optional.empty();
    }

    private static Optional<Violation> scoreRange(RosterRecord row) {
        Optional<Double> min = Values.number(row.get("resultValueMin"));
        Optional<Double> max = Values.number(row.get("resultValueMax"));
        if (min.isEmpty()) {
            return Optional.of(
                    new Violation("resultValueMin", "resultValueMin must be a decimal number"));
        }
        if (max.isEmpty()) {
            return Optional.of(
                    new Violation("resultValueMax", "resultValueMax must be a decimal number"));
        }
        if (max.get() <= min.get()) {
            return Optional.of(
                    new Violation(
                            "resultValueMax",
                            "resultValueMax must be greater than resultValueMin"));
        }
        return Optional.empty();
    }
}
