package ee.lim.plugin.exchange.internal;

import ee.lim.spi.model.CohortSink;
import ee.lim.spi.model.School;
import ee.lim.spi.model.StudentKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one import: the accepted students and schools, and the sink. Its size grows with the
 * number of students and schools, never with the number of observations. Not thread-safe.
 */
final class ImportState {
    final CohortSink sink;
    final ProblemLog problems;

    /** Accepted students by key text, so that each row reuses one {@link StudentKey}. */
    private final Map<String, StudentKey> students = new HashMap<>();

    private final Set<String> schoolIds = new HashSet<>();
    private final List<School> pendingSchools = new ArrayList<>();
    private boolean schoolFileRead;

    ImportState(CohortSink sink, ProblemLog problems) {
        this.sink = sink;
        this.problems = problems;
    }

    /**
     * Looks up an accepted student.
     *
     * @param key the key text from a row
     * @param column the column, for the rejection
     * @return the key
     * @throws RejectedRow if no accepted row of students.csv has the key
     */
    StudentKey student(String key, String column) {
        StudentKey found = students.get(key);
        if (found == null) {
            throw new RejectedRow(column, unknownStudentReason(key));
        }
        return found;
    }

    boolean isKnownStudent(String key) {
        return students.containsKey(key);
    }

    void addStudent(StudentKey key) {
        students.put(key.value(), key);
    }

    /** Keeps a school until students.csv proves readable, then {@link #flushSchools} sends it. */
    void addSchool(School school) {
        schoolIds.add(school.id());
        pendingSchools.add(school);
    }

    boolean isKnownSchool(String id) {
        return schoolIds.contains(id);
    }

    void markSchoolFileRead() {
        schoolFileRead = true;
    }

    /**
     * Tells whether school ids can be checked: schools.csv was read and has at least one accepted
     * school. A file with only a header, as the writer leaves when there are no schools, checks
     * nothing.
     */
    boolean checksSchools() {
        return schoolFileRead && !schoolIds.isEmpty();
    }

    void flushSchools() {
        for (School school : pendingSchools) {
            sink.school(school);
        }
        pendingSchools.clear();
    }

    private static String unknownStudentReason(String key) {
        if (key.isEmpty()) {
            return "student_key is missing";
        }
        if (key.length() == 11 && key.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "student_key has the form of an 11-digit national id; export pseudonymous"
                    + " keys instead";
        }
        return "unknown student: no accepted row of students.csv has this student_key";
    }
}
