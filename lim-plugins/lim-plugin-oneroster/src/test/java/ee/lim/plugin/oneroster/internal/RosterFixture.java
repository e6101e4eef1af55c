package ee.lim.plugin.oneroster.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes a valid OneRoster 1.2 bulk export from a seed and remembers what it wrote, so tests can
 * compute the expected cohort without the code under test.
 */
final class RosterFixture {
    static final String SECRET = "test-secret-0123456789";

    static final List<String> USERS =
            List.of(
                    "sourcedId",
                    "status",
                    "dateLastModified",
                    "enabledUser",
                    "username",
                    "userIds",
                    "givenName",
                    "familyName",
                    "middleName",
                    "identifier",
                    "email",
                    "sms",
                    "phone",
                    "agentSourcedIds",
                    "grades",
                    "password",
                    "userMasterIdentifier",
                    "resourceSourcedIds",
                    "preferredGivenName",
                    "preferredMiddleName",
                    "preferredFamilyName",
                    "primaryOrgSourcedId",
                    "pronouns");
    static final List<String> ROLES =
            List.of(
                    "sourcedId",
                    "status",
                    "dateLastModified",
                    "userSourcedId",
                    "roleType",
                    "role",
                    "beginDate",
                    "endDate",
                    "orgSourcedId",
                    "userProfileSourcedId");
    static final List<String> ORGS =
            List.of(
                    "sourcedId",
                    "status",
                    "dateLastModified",
                    "name",
                    "type",
                    "identifier",
                    "parentSourcedId");
    static final List<String> DEMOGRAPHICS =
            List.of(
                    "sourcedId",
                    "status",
                    "dateLastModified",
                    "birthDate",
                    "sex",
                    "americanIndianOrAlaskaNative",
                    "asian",
                    "blackOrAfricanAmerican",
                    "nativeHawaiianOrOtherPacificIslander",
                    "white",
                    "demographicRaceTwoOrMoreRaces",
                    "hispanicOrLatinoEthnicity",
                    "countryOfBirthCode",
                    "stateOfBirthAbbreviation",
                    "cityOfBirth",
                    "publicSchoolResidenceStatus");
    static final List<String> CLASSES =
            List.of(
                    "sourcedId",
                    "status",
                    "dateLastModified",
                    "title",
                    "grades",
                    "courseSourcedId",
                    "classCode",
                    "classType",
                    "location",
                    "schoolSourcedId",
                    "termSourcedIds",
                    "subjects",
                    "subjectCodes",
                    "periods");
    static final List<String> COURSES =
            List.of(
                    "sourcedId",
                    "status",
                    "dateLastModified",
                    "schoolYearSourcedId",
                    "title",
                    "courseCode",
                    "grades",
                    "orgSourcedId",
                    "subjects",
                    "subjectCodes");
    static final List<String> SESSIONS =
            List.of(
                    "sourcedId",
                    "status",
                    "dateLastModified",
                    "title",
                    "type",
                    "startDate",
                    "endDate",
                    "parentSourcedId",
                    "schoolYear");
    static final List<String> ENROLLMENTS =
            List.of(
                    "sourcedId",
                    "status",
                    "dateLastModified",
                    "classSourcedId",
                    "schoolSourcedId",
                    "userSourcedId",
                    "role",
                    "primary",
                    "beginDate",
                    "endDate");
    static final List<String> LINE_ITEMS =
            List.of(
                    "sourcedId",
                    "status",
                    "dateLastModified",
                    "title",
                    "description",
                    "assignDate",
                    "dueDate",
                    "classSourcedId",
                    "categorySourcedId",
                    "gradingPeriodSourcedId",
                    "academicSessionSourcedId",
                    "schoolSourcedId",
                    "scoreScaleSourcedId",
                    "resultValueMin",
                    "resultValueMax");
    static final List<String> RESULTS =
            List.of(
                    "sourcedId",
                    "status",
                    "dateLastModified",
                    "lineItemSourcedId",
                    "studentSourcedId",
                    "classSourcedId",
                    "scoreStatus",
                    "score",
                    "textScore",
                    "scoreDate",
                    "comment",
                    "scoreScaleSourcedId",
                    "inProgress",
                    "incomplete",
                    "late",
                    "missing");

    /** Student sourcedIds in users.csv order. */
    final List<String> students = new ArrayList<>();

    /** Given names written into users.csv; they must never reach the cohort. */
    final List<String> names = new ArrayList<>();

    /** Sex by student sourcedId. */
    final Map<String, String> sex = new LinkedHashMap<>();

    /** Birth date by student sourcedId. */
    final Map<String, String> birthDate = new LinkedHashMap<>();

    /** School by student sourcedId. */
    final Map<String, String> schoolOf = new LinkedHashMap<>();

    /** Fully graded scores by result sourcedId. */
    final Map<String, Double> gradedScores = new LinkedHashMap<>();

    /** Results that are not fully graded. */
    int notGraded;

    private RosterFixture() {}

    /**
     * Writes an export of {@code studentCount} students, two schools and one teacher per school.
     */
    static RosterFixture write(Path folder, long seed, int studentCount) throws IOException {
        Random random = new Random(seed);
        RosterFixture fixture = new RosterFixture();
        Files.createDirectories(folder);
        manifest(folder, "bulk");
        table(
                folder,
                "orgs",
                ORGS,
                List.of(
                        row(ORGS, "sourcedId", "org-d", "name", "District One", "type", "district"),
                        row(
                                ORGS,
                                "sourcedId",
                                "org-s1",
                                "name",
                                "North School",
                                "type",
                                "school",
                                "parentSourcedId",
                                "org-d"),
                        row(
                                ORGS,
                                "sourcedId",
                                "org-s2",
                                "name",
                                "South School",
                                "type",
                                "school",
                                "parentSourcedId",
                                "org-d")));
        List<Map<String, String>> users = new ArrayList<>();
        List<Map<String, String>> roles = new ArrayList<>();
        List<Map<String, String>> demographics = new ArrayList<>();
        List<Map<String, String>> enrollments = new ArrayList<>();
        List<Map<String, String>> results = new ArrayList<>();
        for (String school : List.of("org-s1", "org-s2")) {
            String teacher = "t-" + school;
            users.add(
                    row(
                            USERS,
                            "sourcedId",
                            teacher,
                            "enabledUser",
                            "true",
                            "username",
                            "teacher." + school,
                            "givenName",
                            "Tiina",
                            "familyName",
                            "Teacher"));
            roles.add(
                    row(
                            ROLES,
                            "sourcedId",
                            "r-" + teacher,
                            "userSourcedId",
                            teacher,
                            "roleType",
                            "primary",
                            "role",
                            "teacher",
                            "orgSourcedId",
                            school));
        }
        String[] sexes = {"male", "female", "other", "unspecified"};
        for (int i = 0; i < studentCount; i++) {
            String id = "u-" + (1000 + i);
            String school = random.nextBoolean() ? "org-s1" : "org-s2";
            String given = "Given" + i + "x";
            fixture.students.add(id);
            fixture.names.add(given);
            fixture.schoolOf.put(id, school);
            users.add(
                    row(
                            USERS,
                            "sourcedId",
                            id,
                            "enabledUser",
                            "true",
                            "username",
                            "student" + i,
                            "givenName",
                            given,
                            "familyName",
                            "Family" + i + "y",
                            "email",
                            "s" + i + "@example.org",
                            "grades",
                            "0" + (1 + random.nextInt(9)),
                            "primaryOrgSourcedId",
                            school));
            roles.add(
                    row(
                            ROLES,
                            "sourcedId",
                            "r-" + id,
                            "userSourcedId",
                            id,
                            "roleType",
                            "primary",
                            "role",
                            "student",
                            "orgSourcedId",
                            school));
            String sex = sexes[random.nextInt(sexes.length)];
            String born =
                    String.format(
                            "%d-%02d-%02d",
                            2008 + random.nextInt(6),
                            1 + random.nextInt(12),
                            1 + random.nextInt(28));
            fixture.sex.put(id, sex);
            fixture.birthDate.put(id, born);
            demographics.add(
                    row(
                            DEMOGRAPHICS,
                            "sourcedId",
                            id,
                            "birthDate",
                            born,
                            "sex",
                            sex,
                            "white",
                            "true"));
            enrollments.add(
                    row(
                            ENROLLMENTS,
                            "sourcedId",
                            "e-" + id,
                            "classSourcedId",
                            "c-" + school,
                            "schoolSourcedId",
                            school,
                            "userSourcedId",
                            id,
                            "role",
                            "student"));
            for (String item : List.of("li-1-" + school, "li-2-" + school)) {
                String resultId = "res-" + item + "-" + id;
                boolean graded = random.nextInt(5) > 0;
                double score =
                        item.startsWith("li-1") ? random.nextInt(101) : 1 + random.nextInt(5);
                if (graded) {
                    fixture.gradedScores.put(resultId, score);
                } else {
                    fixture.notGraded++;
                }
                results.add(
                        row(
                                RESULTS,
                                "sourcedId",
                                resultId,
                                "lineItemSourcedId",
                                item,
                                "studentSourcedId",
                                id,
                                "classSourcedId",
                                "c-" + school,
                                "scoreStatus",
                                graded ? "fully graded" : "not submitted",
                                "score",
                                graded ? String.valueOf(score) : "",
                                "scoreDate",
                                "2025-10-" + (10 + random.nextInt(10)) + "T08:00:00.000Z"));
            }
        }
        table(folder, "users", USERS, users);
        table(folder, "roles", ROLES, roles);
        table(folder, "demographics", DEMOGRAPHICS, demographics);
        table(folder, "enrollments", ENROLLMENTS, enrollments);
        table(
                folder,
                "academicSessions",
                SESSIONS,
                List.of(
                        row(
                                SESSIONS,
                                "sourcedId",
                                "y-2025",
                                "title",
                                "2025/26",
                                "type",
                                "schoolYear",
                                "startDate",
                                "2025-09-01",
                                "endDate",
                                "2026-06-30",
                                "schoolYear",
                                "2026"),
                        row(
                                SESSIONS,
                                "sourcedId",
                                "gp-1",
                                "title",
                                "Q1",
                                "type",
                                "gradingPeriod",
                                "startDate",
                                "2025-09-01",
                                "endDate",
                                "2025-10-31",
                                "parentSourcedId",
                                "y-2025",
                                "schoolYear",
                                "2026")));
        table(
                folder,
                "courses",
                COURSES,
                List.of(
                        row(
                                COURSES,
                                "sourcedId",
                                "co-math",
                                "title",
                                "Mathematics",
                                "courseCode",
                                "MATH-7",
                                "orgSourcedId",
                                "org-d")));
        table(
                folder,
                "classes",
                CLASSES,
                List.of(
                        row(
                                CLASSES,
                                "sourcedId",
                                "c-org-s1",
                                "title",
                                "Maths 7A",
                                "courseSourcedId",
                                "co-math",
                                "classType",
                                "scheduled",
                                "schoolSourcedId",
                                "org-s1",
                                "termSourcedIds",
                                "gp-1",
                                "subjectCodes",
                                "math,alg"),
                        row(
                                CLASSES,
                                "sourcedId",
                                "c-org-s2",
                                "title",
                                "Maths 7B",
                                "courseSourcedId",
                                "co-math",
                                "classType",
                                "scheduled",
                                "schoolSourcedId",
                                "org-s2",
                                "termSourcedIds",
                                "gp-1")));
        List<Map<String, String>> items = new ArrayList<>();
        for (String school : List.of("org-s1", "org-s2")) {
            items.add(
                    row(
                            LINE_ITEMS,
                            "sourcedId",
                            "li-1-" + school,
                            "title",
                            "Test 1",
                            "dueDate",
                            "2025-10-20",
                            "classSourcedId",
                            "c-" + school,
                            "gradingPeriodSourcedId",
                            "gp-1",
                            "resultValueMin",
                            "0",
                            "resultValueMax",
                            "100"));
            items.add(
                    row(
                            LINE_ITEMS,
                            "sourcedId",
                            "li-2-" + school,
                            "title",
                            "Quarter grade",
                            "dueDate",
                            "2025-10-31",
                            "classSourcedId",
                            "c-" + school,
                            "gradingPeriodSourcedId",
                            "gp-1",
                            "resultValueMin",
                            "1",
                            "resultValueMax",
                            "5"));
        }
        table(folder, "lineItems", LINE_ITEMS, items);
        table(folder, "results", RESULTS, results);
        return fixture;
    }

    /** Writes a manifest that gives every file the same mode. */
    static void manifest(Path folder, String mode) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = List.of("propertyName", "value");
        rows.add(row(header, "propertyName", "manifest.version", "value", "1.0"));
        rows.add(row(header, "propertyName", "oneroster.version", "value", "1.2"));
        for (String file :
                List.of(
                        "academicSessions",
                        "classes",
                        "courses",
                        "demographics",
                        "enrollments",
                        "lineItems",
                        "orgs",
                        "results",
                        "roles",
                        "users")) {
            rows.add(row(header, "propertyName", "file." + file, "value", mode));
        }
        for (String file : List.of("categories", "resources", "scoreScales", "userProfiles")) {
            rows.add(row(header, "propertyName", "file." + file, "value", "absent"));
        }
        rows.add(row(header, "propertyName", "source.systemName", "value", "Fixture"));
        table(folder, "manifest", header, rows);
    }

    /** Builds a row with empty values for every column not named. */
    static Map<String, String> row(List<String> header, String... pairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : header) {
            row.put(column, "");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (!row.containsKey(pairs[i])) {
                throw new IllegalArgumentException("no column " + pairs[i]);
            }
            row.put(pairs[i], pairs[i + 1]);
        }
        return row;
    }

    /** Writes one CSV file with Commons CSV's RFC 4180 quoting, CRLF line ends. */
    static void table(Path folder, String name, List<String> header, List<Map<String, String>> rows)
            throws IOException {
        StringBuilder text = new StringBuilder();
        text.append(CSVFormat.RFC4180.format(header.toArray())).append("\r\n");
        for (Map<String, String> row : rows) {
            text.append(CSVFormat.RFC4180.format(row.values().toArray())).append("\r\n");
        }
        Files.writeString(folder.resolve(name + ".csv"), text, StandardCharsets.UTF_8);
    }
}
