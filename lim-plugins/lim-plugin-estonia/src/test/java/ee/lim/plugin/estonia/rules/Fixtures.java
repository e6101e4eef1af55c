package ee.lim.plugin.estonia.rules;

import ee.lim.plugin.estonia.EstonianProfile;
import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.Jurisdiction;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.Features;
import ee.lim.spi.risk.RuleContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builders of students, lessons and rule contexts for the rule tests. */
final class Fixtures {
    static final Jurisdiction EE = new EstonianProfile().jurisdiction(LocalDate.of(2025, 10, 1));

    private Fixtures() {}

    static Student student(String key, String school, int grade, String residence) {
        return new Student(
                new StudentKey(key), null, school, grade, residence, "et", Map.of(), Map.of());
    }

    static AttendanceEvent lesson(Student student, LocalDate day, AttendanceStatus status) {
        return new AttendanceEvent(student.key(), day, AttendanceEvent.Scope.LESSON, status, 45);
    }

    /**
     * Lays {@code statuses} out as lessons over weekdays from {@code first}, {@code perDay} a day.
     */
    static List<Observation> lessons(
            Student student, LocalDate first, int perDay, List<AttendanceStatus> statuses) {
        List<Observation> lessons = new ArrayList<>();
        LocalDate day = first;
        int onDay = 0;
        for (AttendanceStatus status : statuses) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY
                    || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            lessons.add(lesson(student, day, status));
            onDay++;
            if (onDay == perDay) {
                onDay = 0;
                day = day.plusDays(1);
            }
        }
        return lessons;
    }

    static List<AttendanceStatus> repeat(AttendanceStatus status, int count) {
        List<AttendanceStatus> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(status);
        }
        return list;
    }

    @SafeVarargs
    static List<AttendanceStatus> concat(List<AttendanceStatus>... parts) {
        List<AttendanceStatus> all = new ArrayList<>();
        for (List<AttendanceStatus> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    static RuleContext context(
            Student student, LocalDate asOf, List<Observation> observations, Jurisdiction rules) {
        return new RuleContext(
                student, asOf, observations, new Features(student.key(), asOf, Map.of()), rules);
    }
}
