package ee.lim.core.features;

import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.BehaviourIncident;
import ee.lim.spi.model.EnrolmentEvent;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.GradeScale;
import ee.lim.spi.model.Measurement;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.SupportMeasure;
import ee.lim.spi.model.SupportTier;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Random observations of every kind for property tests, from a seeded random source. */
final class RandomHistory {
    static final GradeScale SCALE = new GradeScale("ee-1-5", 1, 5, 3);
    private static final String[] SUBJECTS = {"math", "language", "history", "art"};
    private static final String[] MEASURES = {"units_enrolled", "study_time"};

    private RandomHistory() {}

    /** Returns one random observation dated {@code from + [0, days)}. */
    static Observation observation(
            SplittableRandom random, StudentKey key, LocalDate from, int days) {
        LocalDate date = from.plusDays(random.nextInt(days));
        int kind = random.nextInt(20);
        if (kind < 12) {
            AttendanceStatus status = pick(random, AttendanceStatus.values());
            return random.nextBoolean()
                    ? new AttendanceEvent(key, date, AttendanceEvent.Scope.LESSON, status, 45)
                    : new AttendanceEvent(
                            key, date, AttendanceEvent.Scope.DAY, status, 60 + random.nextInt(300));
        }
        return switch (kind) {
            case 12, 13 ->
                    new Grade(
                            key,
                            date,
                            SUBJECTS[random.nextInt(SUBJECTS.length)],
                            random.nextBoolean() ? null : "P" + random.nextInt(3),
                            1 + random.nextInt(5),
                            SCALE,
                            random.nextInt(3) * 0.5);
            case 14, 15 ->
                    new BehaviourIncident(
                            key,
                            date,
                            pick(random, BehaviourIncident.Severity.values()),
                            "disruption",
                            random.nextInt(4));
            case 16 ->
                    new EnrolmentEvent(
                            key,
                            date,
                            pick(random, EnrolmentEvent.Type.values()),
                            "SCH1",
                            1 + random.nextInt(12));
            case 17 ->
                    new SupportMeasure(
                            key,
                            date,
                            random.nextBoolean() ? null : date.plusDays(random.nextInt(200)),
                            pick(random, SupportTier.values()),
                            "measure",
                            null);
            case 18 ->
                    new Measurement(
                            key,
                            date,
                            MEASURES[random.nextInt(MEASURES.length)],
                            random.nextInt(10),
                            "GRADES");
            default -> new Outcome(key, date, Outcome.Type.DROPPED_OUT);
        };
    }

    /** Picks one of {@code values} uniformly, whatever their order or number. */
    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
