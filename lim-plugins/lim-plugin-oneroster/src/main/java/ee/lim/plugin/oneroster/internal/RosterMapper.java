package ee.lim.plugin.oneroster.internal;

import ee.lim.spi.model.CohortSink;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.GradeScale;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the loaded OneRoster tables into schools, students and grades, checking the references
 * between files. A row whose reference points nowhere is rejected with its own file and line. Not
 * thread-safe; one instance serves one import.
 */
final class RosterMapper {
    /** The score status that gives a grade. */
    static final String FULLY_GRADED = "fully graded";

    private final RosterTables tables;
    private final StudentKeys keys;
    private final double passFraction;
    private final Problems problems;
    private final Counts counts;
    private final CohortSink sink;

    /**
     * Creates a mapper for one import.
     *
     * @param tables the loaded tables
     * @param keys the key derivation
     * @param passFraction the pass mark as a fraction of each line item's score range
     * @param problems receives rejections and warnings
     * @param counts receives the accepted records
     * @param sink receives the records
     */
    RosterMapper(
            RosterTables tables,
            StudentKeys keys,
            double passFraction,
            Problems problems,
            Counts counts,
            CohortSink sink) {
        this.tables = tables;
        this.keys = keys;
        this.passFraction = passFraction;
        this.problems = problems;
        this.counts = counts;
        this.sink = sink;
    }

    /** Checks the references and sends schools, then students, then grades to the sink. */
    void emit() {
        Map<String, School> schools = emitSchools();
        Map<String, StudentKey> students = emitStudents(schools);
        checkEnrollments();
        Map<String, LineItem> lineItems = lineItems();
        emitGrades(students, lineItems);
    }

    private Map<String, School> emitSchools() {
        Map<String, School> schools = new LinkedHashMap<>();
        for (RosterRecord org : tables.table(RosterFile.ORGS).values()) {
            if (org.get("type").equals("school")) {
                School school = new School(org.sourcedId(), org.get("name"), null);
                schools.put(school.id(), school);
                sink.school(school);
                counts.add("schools");
            }
        }
        return schools;
    }

    private Map<String, StudentKey> emitStudents(Map<String, School> schools) {
        Map<String, RosterRecord> users = tables.table(RosterFile.USERS);
        Map<String, List<RosterRecord>> studentRoles = new HashMap<>();
        for (RosterRecord role : tables.table(RosterFile.ROLES).values()) {
            if (!users.containsKey(role.get("userSourcedId"))) {
                reject(role, "userSourcedId", "userSourcedId names no user in users.csv");
                continue;
            }
            if (tables.isPresent(RosterFile.ORGS)
                    && tables.find(RosterFile.ORGS, role.get("orgSourcedId")).isEmpty()) {
                reject(role, "orgSourcedId", "orgSourcedId names no org in orgs.csv");
                continue;
            }
            if (role.get("role").equals("student")) {
                studentRoles
                        .computeIfAbsent(role.get("userSourcedId"), id -> new ArrayList<>())
                        .add(role);
            }
        }
        Map<String, RosterRecord> demographics = demographics(users, studentRoles);
        Map<String, StudentKey> students = new LinkedHashMap<>();
        for (RosterRecord user : users.values()) {
            List<RosterRecord> roles = studentRoles.get(user.sourcedId());
            if (roles == null) {
                continue;
            }
            StudentKey key = keys.keyOf(user.sourcedId());
            RosterRecord demographic = demographics.get(user.sourcedId());
            Map<String, String> protectedAttributes = new LinkedHashMap<>();
            YearMonth birthMonth = null;
            if (demographic != null) {
                if (!demographic.get("sex").isEmpty()) {
                    protectedAttributes.put("sex", demographic.get("sex"));
                }
                birthMonth =
                        Values.date(demographic.get("birthDate")).map(YearMonth::from).orElse(null);
            }
            sink.student(
                    new Student(
                            key,
                            birthMonth,
                            schoolOf(user, roles, schools),
                            gradeOf(user),
                            null,
                            null,
                            Map.of(),
                            protectedAttributes));
            counts.add("students");
            students.put(user.sourcedId(), key);
        }
        return students;
    }

    private Map<String, RosterRecord> demographics(
            Map<String, RosterRecord> users, Map<String, List<RosterRecord>> studentRoles) {
        Map<String, RosterRecord> kept = new HashMap<>();
        for (RosterRecord demographic : tables.table(RosterFile.DEMOGRAPHICS).values()) {
            if (!users.containsKey(demographic.sourcedId())) {
                reject(demographic, "sourcedId", "sourcedId names no user in users.csv");
            } else if (studentRoles.containsKey(demographic.sourcedId())) {
                kept.put(demographic.sourcedId(), demographic);
            }
        }
        return kept;
    }

    private String schoolOf(
            RosterRecord user, List<RosterRecord> roles, Map<String, School> schools) {
        for (RosterRecord role : roles) {
            if (role.get("roleType").equals("primary")
                    && schools.containsKey(role.get("orgSourcedId"))) {
                return role.get("orgSourcedId");
            }
        }
        for (RosterRecord role : roles) {
            if (schools.containsKey(role.get("orgSourcedId"))) {
                return role.get("orgSourcedId");
            }
        }
        String primaryOrg = user.get("primaryOrgSourcedId");
        return schools.containsKey(primaryOrg) ? primaryOrg : null;
    }

    /**
     * Reads the class year from {@code users.grades} when it contains exactly one CEDS grade level
     * from {@code KG} (0) to {@code 13}; other values, such as {@code PK} or a list, give none.
     */
    private static Integer gradeOf(RosterRecord user) {
        String grades = user.get("grades");
        if (grades.equals("KG")) {
            return 0;
        }
        if (grades.matches("[0-9]{2}")) {
            int grade = Integer.parseInt(grades);
            return grade >= 1 && grade <= 13 ? grade : null;
        }
        return null;
    }

    private void checkEnrollments() {
        for (RosterRecord enrollment : tables.table(RosterFile.ENROLLMENTS).values()) {
            if (tables.find(RosterFile.USERS, enrollment.get("userSourcedId")).isEmpty()) {
                reject(enrollment, "userSourcedId", "userSourcedId names no user in users.csv");
            } else if (tables.isPresent(RosterFile.CLASSES)
                    && tables.find(RosterFile.CLASSES, enrollment.get("classSourcedId"))
                            .isEmpty()) {
                reject(
                        enrollment,
                        "classSourcedId",
                        "classSourcedId names no class in classes.csv");
            } else if (tables.isPresent(RosterFile.ORGS)
                    && tables.find(RosterFile.ORGS, enrollment.get("schoolSourcedId")).isEmpty()) {
                reject(enrollment, "schoolSourcedId", "schoolSourcedId names no org in orgs.csv");
            }
        }
    }

    /** A line item that passed its checks, with what a grade needs from it. */
    private record LineItem(
            String subject, String periodId, GradeScale scale, Optional<LocalDate> dueDate) {}

    private Map<String, LineItem> lineItems() {
        Map<String, LineItem> accepted = new HashMap<>();
        for (RosterRecord item : tables.table(RosterFile.LINE_ITEMS).values()) {
            Optional<RosterRecord> taught =
                    tables.find(RosterFile.CLASSES, item.get("classSourcedId"));
            if (tables.isPresent(RosterFile.CLASSES) && taught.isEmpty()) {
                reject(item, "classSourcedId", "classSourcedId names no class in classes.csv");
                continue;
            }
            String periodId = item.get("gradingPeriodSourcedId");
            if (periodId.isEmpty()) {
                periodId = item.get("academicSessionSourcedId");
            }
            if (!periodId.isEmpty()
                    && tables.isPresent(RosterFile.ACADEMIC_SESSIONS)
                    && tables.find(RosterFile.ACADEMIC_SESSIONS, periodId).isEmpty()) {
                problems.warn(
                        item.file(),
                        item.line(),
                        "gradingPeriodSourcedId",
                        "The period names no session in academicSessions.csv; its id is kept");
            }
            double min = Values.number(item.get("resultValueMin")).orElseThrow();
            double max = Values.number(item.get("resultValueMax")).orElseThrow();
            GradeScale scale =
                    new GradeScale(
                            "oneroster-" + plain(min) + "-" + plain(max),
                            min,
                            max,
                            min + passFraction * (max - min));
            accepted.put(
                    item.sourcedId(),
                    new LineItem(
                            subjectOf(item, taught),
                            periodId.isEmpty() ? null : periodId,
                            scale,
                            Values.date(item.get("dueDate"))));
        }
        return accepted;
    }

    /**
     * Picks the subject of a line item: the class's first subject code, else its first subject,
     * else its course's code, else the course title, else the class's sourcedId.
     */
    private String subjectOf(RosterRecord item, Optional<RosterRecord> taught) {
        if (taught.isPresent()) {
            RosterRecord clazz = taught.get();
            for (String column : List.of("subjectCodes", "subjects")) {
                String first = clazz.get(column).split(",", -1)[0].trim();
                if (!first.isEmpty()) {
                    return first;
                }
            }
            Optional<RosterRecord> course =
                    tables.find(RosterFile.COURSES, clazz.get("courseSourcedId"));
            if (course.isPresent()) {
                for (String column : List.of("courseCode", "title")) {
                    if (!course.get().get(column).isEmpty()) {
                        return course.get().get(column);
                    }
                }
            }
        }
        return item.get("classSourcedId");
    }

    private void emitGrades(Map<String, StudentKey> students, Map<String, LineItem> lineItems) {
        long notGraded = 0;
        for (RosterRecord result : tables.table(RosterFile.RESULTS).values()) {
            LineItem item = lineItems.get(result.get("lineItemSourcedId"));
            StudentKey student = students.get(result.get("studentSourcedId"));
            if (item == null) {
                reject(
                        result,
                        "lineItemSourcedId",
                        "lineItemSourcedId names no accepted line item in lineItems.csv");
                continue;
            }
            if (student == null) {
                reject(
                        result,
                        "studentSourcedId",
                        "studentSourcedId names no user with a student role");
                continue;
            }
            if (!result.get("scoreStatus").equals(FULLY_GRADED)) {
                notGraded++;
                continue;
            }
            Optional<Double> score = Values.number(result.get("score"));
            if (score.isEmpty()) {
                reject(result, "score", "A fully graded result needs a score");
                continue;
            }
            if (score.get() < item.scale().min() || score.get() > item.scale().max()) {
                reject(
                        result,
                        "score",
                        "score is outside the line item's range "
                                + plain(item.scale().min())
                                + " to "
                                + plain(item.scale().max()));
                continue;
            }
            Optional<LocalDate> date = Values.date(result.get("scoreDate")).or(item::dueDate);
            if (date.isEmpty()) {
                reject(
                        result,
                        "scoreDate",
                        "The result has no scoreDate and its line item has no dueDate");
                continue;
            }
            sink.observation(
                    new Grade(
                            student,
                            date.get(),
                            item.subject(),
                            item.periodId(),
                            score.get(),
                            item.scale(),
                            0));
            counts.add("grades");
        }
        if (notGraded > 0) {
            problems.warn(
                    RosterFile.RESULTS.fileName(),
                    0,
                    "scoreStatus",
                    notGraded
                            + " results are not fully graded (exempt, not submitted, partially"
                            + " graded or submitted) and give no grade");
        }
    }

    private void reject(RosterRecord record, String column, String reason) {
        problems.reject(record.file(), record.line(), column, reason);
    }

    private static String plain(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
