package ee.lim.core.rules;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import ee.lim.core.features.FeatureCalculator;
import ee.lim.core.features.FeatureConfig;
import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.BehaviourIncident;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.GradeScale;
import ee.lim.spi.model.Jurisdiction;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.StudyPeriod;
import ee.lim.spi.risk.Features;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.risk.RuleContext;
import ee.lim.testkit.SyntheticCohort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * More unexcused absence, more failing grades or more behaviour incidents never lower the band of
 * any rule of any bundled pack. Failing grades are added at the scale's minimum, because a failing
 * grade above a student's current average would raise that average, which is a fact of the data
 * rather than a fault of the rules.
 */
class RuleMonotonicityTest {
    private static final long SEED = Long.getLong("lim.test.seed", System.nanoTime());
    private static final GradeScale SCALE = new GradeScale("ee-1-5", 1, 5, 3);
    private static final Jurisdiction QUARTERS =
            new Jurisdiction(
                    "quarters",
                    SCALE,
                    List.of(),
                    List.of(
                            period("Q1", "2025-09-01", "2025-10-31"),
                            period("Q2", "2025-11-01", "2025-12-31"),
                            period("Q3", "2026-01-01", "2026-03-31"),
                            period("Q4", "2026-04-01", "2026-06-30")),
                    List.of(),
                    45,
                    List.of(),
                    List.of());

    private static StudyPeriod period(String id, String start, String end) {
        return new StudyPeriod(id, LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void moreAbsenceFailuresOrIncidents_neverLowerABand() {
        System.out.println("RuleMonotonicityTest seed: " + SEED + " (rerun with -Dlim.test.seed)");
        FeatureCalculator calculator =
                new FeatureCalculator(FeatureConfig.defaults().withJurisdiction(QUARTERS));

        qt().withFixedSeed(SEED)
                .withExamples(40)
                .forAll(longs().all(), integers().between(14, 270), integers().between(0, 2))
                .checkAssert(
                        (cohortSeed, asOfOffset, kind) -> {
                            Cohort cohort =
                                    SyntheticCohort.builder()
                                            .seed(cohortSeed)
                                            .students(6)
                                            .lessonsPerDay((int) (cohortSeed & 1) * 4)
                                            .build()
                                            .generate();
                            LocalDate asOf = LocalDate.of(2025, 9, 1).plusDays(asOfOffset);
                            SplittableRandom random = new SplittableRandom(cohortSeed);
                            Map<StudentKey, List<Observation>> byStudent =
                                    cohort.observationsByStudent();
                            for (Student student : cohort.students()) {
                                List<Observation> before = byStudent.get(student.key());
                                List<Observation> after = new ArrayList<>(before);
                                int count = 1 + random.nextInt(12);
                                for (int i = 0; i < count; i++) {
                                    after.add(worse(student.key(), asOf, kind, random));
                                }
                                Map<String, RiskBand> old =
                                        bands(student, calculator.compute(student, before, asOf));
                                Map<String, RiskBand> worse =
                                        bands(student, calculator.compute(student, after, asOf));
                                for (Map.Entry<String, RiskBand> entry : old.entrySet()) {
                                    RiskBand now = worse.get(entry.getKey());
                                    assertNotNull(now, entry.getKey() + " disappeared");
                                    assertTrue(
                                            now.compareTo(entry.getValue()) >= 0,
                                            entry.getKey()
                                                    + " fell from "
                                                    + entry.getValue()
                                                    + " to "
                                                    + now
                                                    + " as of "
                                                    + asOf
                                                    + " after adding events of kind "
                                                    + kind);
                                }
                            }
                        });
    }

    /** Returns one event that makes things worse: 0 unexcused absence, 1 failure, 2 incident. */
    private static Observation worse(
            StudentKey key, LocalDate asOf, int kind, SplittableRandom random) {
        LocalDate day = asOf.minusDays(1 + random.nextInt(13));
        return switch (kind) {
            case 0 ->
                    new AttendanceEvent(
                            key,
                            day,
                            random.nextBoolean()
                                    ? AttendanceEvent.Scope.DAY
                                    : AttendanceEvent.Scope.LESSON,
                            AttendanceStatus.UNEXCUSED,
                            45 + random.nextInt(300));
            case 1 -> {
                String subject = random.nextBoolean() ? "math" : "history";
                LocalDate gradeDay =
                        QUARTERS.studyPeriodOn(day).isPresent() ? day : asOf.minusDays(1);
                yield new Grade(key, gradeDay, subject, null, SCALE.min(), SCALE, 0);
            }
            default -> {
                BehaviourIncident.Severity severity =
                        pick(random, BehaviourIncident.Severity.values());
                yield new BehaviourIncident(key, day, severity, "disruption", random.nextInt(8));
            }
        };
    }

    private static Map<String, RiskBand> bands(Student student, Features features) {
        Map<String, RiskBand> bands = new HashMap<>();
        RuleContext context = new RuleContext(student, features.asOf(), List.of(), features, null);
        for (JsonRulePack pack : RulePacks.all()) {
            for (Indicator indicator : pack.evaluate(context)) {
                bands.put(pack.id() + "/" + indicator.id(), indicator.band());
            }
        }
        return bands;
    }

    /** Picks one of {@code values} uniformly, whatever their order or number. */
    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
