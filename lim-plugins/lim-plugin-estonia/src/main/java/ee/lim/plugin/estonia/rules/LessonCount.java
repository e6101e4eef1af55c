package ee.lim.plugin.estonia.rules;

import ee.lim.spi.model.AttendanceEvent;

/** Converts attendance records to lessons. Stateless. */
final class LessonCount {
    private LessonCount() {}

    /**
     * Counts the lessons one record covers: one for a lesson record, and for a day record its
     * minutes divided by the lesson length, rounded, at least one.
     */
    static int of(AttendanceEvent event, int lessonMinutes) {
        if (event.scope() == AttendanceEvent.Scope.LESSON) {
            return 1;
        }
        return Math.max(1, Math.round(event.minutes() / (float) lessonMinutes));
    }
}
