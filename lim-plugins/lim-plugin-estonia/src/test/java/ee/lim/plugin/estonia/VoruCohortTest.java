package ee.lim.plugin.estonia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.Municipality;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import ee.lim.testkit.SyntheticCohort;
import ee.lim.testkit.VoruCohort;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The synthetic Võru County cohort of lim-testkit, tested here because it serves this plugin. */
class VoruCohortTest {

    private static Cohort small(long seed) {
        return VoruCohort.builder().seed(seed).students(300).build().generate();
    }

    @Test
    void municipalities_areTheFiveWithEhakCodes() {
        assertEquals(
                Map.of(
                        "0142", "Antsla vald",
                        "0698", "Rõuge vald",
                        "0732", "Setomaa vald",
                        "0919", "Võru linn",
                        "0917", "Võru vald"),
                VoruCohort.MUNICIPALITIES.stream()
                        .collect(Collectors.toMap(Municipality::code, Municipality::name)));
    }

    @Test
    void schools_haveRealisticSizes() {
        for (SyntheticCohort.SchoolSpec school : VoruCohort.SCHOOLS) {
            if (school.municipalityCode().equals("0919")) {
                assertTrue(school.pupils() >= 400, school.id());
                assertTrue(school.pupils() <= 700, school.id());
            } else {
                assertTrue(school.pupils() >= 50, school.id());
                assertTrue(school.pupils() <= 250, school.id());
            }
        }
    }

    @Test
    void generate_isDeterministicPerSeed() {
        Cohort first = small(11);
        Cohort second = small(11);

        assertEquals(first, second);
    }

    @Test
    void generate_studentsFollowTheLayout() {
        Cohort cohort = small(5);
        Map<String, SyntheticCohort.SchoolSpec> specs = new HashMap<>();
        VoruCohort.SCHOOLS.forEach(s -> specs.put(s.id(), s));
        Set<String> codes =
                VoruCohort.MUNICIPALITIES.stream()
                        .map(Municipality::code)
                        .collect(Collectors.toSet());
        int elsewhere = 0;

        assertEquals(300, cohort.students().size());
        assertEquals(VoruCohort.SCHOOLS.size(), cohort.schools().size());
        for (Student student : cohort.students()) {
            SyntheticCohort.SchoolSpec school = specs.get(student.schoolId());
            assertTrue(
                    student.grade() >= school.firstGrade() && student.grade() <= school.lastGrade(),
                    student.key() + " grade outside its school's");
            assertTrue(codes.contains(student.residenceMunicipality()));
            if (!student.residenceMunicipality().equals(school.municipalityCode())) {
                elsewhere++;
            }
        }
        // 12 % of 300 is 36; a binomial draw stays well within 10 to 70.
        assertTrue(elsewhere > 10, "living elsewhere: " + elsewhere);
        assertTrue(elsewhere < 70, "living elsewhere: " + elsewhere);
        for (School school : cohort.schools()) {
            assertTrue(codes.contains(school.municipalityCode()));
        }
    }

    @Test
    void generate_lessonStatusesAndGrades() {
        Cohort cohort = small(9);
        Set<AttendanceStatus> statuses = EnumSet.noneOf(AttendanceStatus.class);
        int wholeDays = 0;
        Map<String, Map<java.time.LocalDate, Set<AttendanceStatus>>> days = new HashMap<>();

        for (Observation observation : cohort.observations()) {
            if (observation instanceof AttendanceEvent event) {
                assertEquals(AttendanceEvent.Scope.LESSON, event.scope());
                assertEquals(45, event.minutes());
                statuses.add(event.status());
                days.computeIfAbsent(event.student().value(), k -> new HashMap<>())
                        .computeIfAbsent(event.date(), k -> EnumSet.noneOf(AttendanceStatus.class))
                        .add(event.status());
            } else if (observation instanceof Grade grade) {
                assertTrue(grade.value() >= 1, "grade below 1");
                assertTrue(grade.value() <= 5, "grade above 5");
                assertEquals(grade.value(), Math.rint(grade.value()));
            }
        }
        for (Map<java.time.LocalDate, Set<AttendanceStatus>> perDay : days.values()) {
            for (Set<AttendanceStatus> day : perDay.values()) {
                if (day.size() == 1 && day.iterator().next().isAbsence()) {
                    wholeDays++;
                }
            }
        }

        assertEquals(EnumSet.allOf(AttendanceStatus.class), statuses);
        assertTrue(wholeDays > 100, "whole-day absences: " + wholeDays);
    }

    @Test
    void layout_withoutStudentCountUsesAllPupils() {
        int pupils = VoruCohort.SCHOOLS.stream().mapToInt(SyntheticCohort.SchoolSpec::pupils).sum();
        CountingSink sink = new CountingSink();

        SyntheticCohort.builder()
                .schoolLayout(List.of(new SyntheticCohort.SchoolSpec("A", "A", "0919", 40, 1, 3)))
                .municipalities(List.of("0919", "0917"))
                .build()
                .generate(sink);

        assertEquals(40, sink.students);
        assertTrue(pupils > 2500, "pupils " + pupils);
        assertTrue(pupils < 3000, "pupils " + pupils);
    }

    /** Counts students without keeping observations. */
    private static final class CountingSink implements ee.lim.spi.model.CohortSink {
        private int students;

        @Override
        public void school(School school) {}

        @Override
        public void student(Student student) {
            students++;
        }

        @Override
        public void observation(Observation observation) {}
    }
}
