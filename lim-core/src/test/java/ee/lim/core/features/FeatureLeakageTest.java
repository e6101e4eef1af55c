package ee.lim.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import ee.lim.spi.model.Jurisdiction;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.StudyPeriod;
import ee.lim.spi.risk.Features;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Features as of a date never depend on observations dated on or after it: adding any number of
 * such observations, anywhere in the input order, leaves every feature exactly as it was.
 */
class FeatureLeakageTest {
    private static final long SEED = Long.getLong("lim.test.seed", System.nanoTime());
    private static final StudentKey KEY = new StudentKey("S1");
    private static final Student STUDENT =
            new Student(KEY, YearMonth.of(2011, 5), "SCH1", 8, null, null, Map.of(), Map.of());
    private static final Jurisdiction QUARTERS =
            new Jurisdiction(
                    "quarters",
                    RandomHistory.SCALE,
                    List.of(),
                    List.of(
                            period("Q1", "2025-09-01", "2025-10-24"),
                            period("Q2", "2025-11-03", "2025-12-19"),
                            period("Q3", "2026-01-05", "2026-03-13"),
                            period("Q4", "2026-03-23", "2026-06-10")),
                    List.of(),
                    45,
                    List.of(),
                    List.of());

    private static StudyPeriod period(String id, String start, String end) {
        return new StudyPeriod(id, LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void features_ignoreObservationsFromAsOfOn() {
        System.out.println("FeatureLeakageTest seed: " + SEED + " (rerun with -Dlim.test.seed)");
        LocalDate yearStart = LocalDate.of(2025, 9, 1);

        qt().withFixedSeed(SEED)
                .withExamples(150)
                .forAll(longs().all(), integers().between(0, 300), integers().between(1, 80))
                .checkAssert(
                        (dataSeed, asOfOffset, futureCount) -> {
                            SplittableRandom random = new SplittableRandom(dataSeed);
                            LocalDate asOf = yearStart.plusDays(asOfOffset);
                            List<Observation> past = new ArrayList<>();
                            int pastCount = random.nextInt(200);
                            for (int i = 0; i < pastCount; i++) {
                                Observation o =
                                        RandomHistory.observation(
                                                random, KEY, asOf.minusDays(420), 420);
                                past.add(o);
                            }
                            List<Observation> mixed = new ArrayList<>(past);
                            for (int i = 0; i < futureCount; i++) {
                                Observation future =
                                        RandomHistory.observation(random, KEY, asOf, 400);
                                mixed.add(random.nextInt(mixed.size() + 1), future);
                            }
                            FeatureConfig config =
                                    random.nextBoolean()
                                            ? FeatureConfig.defaults()
                                            : FeatureConfig.defaults().withJurisdiction(QUARTERS);
                            FeatureCalculator calculator = new FeatureCalculator(config);

                            Features before = calculator.compute(STUDENT, past, asOf);
                            Features after = calculator.compute(STUDENT, mixed, asOf);

                            assertEquals(before.values(), after.values(), "as of " + asOf);
                        });
    }
}
