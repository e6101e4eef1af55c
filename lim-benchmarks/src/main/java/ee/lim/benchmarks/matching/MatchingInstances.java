package ee.lim.benchmarks.matching;

import ee.lim.core.matching.ConsentStatus;
import ee.lim.core.matching.MatchingConfig;
import ee.lim.core.matching.MatchingProblem;
import ee.lim.core.matching.StudentFacts;
import ee.lim.spi.model.Sector;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.SupportTier;
import ee.lim.spi.service.Capacity;
import ee.lim.spi.service.Eligibility;
import ee.lim.spi.service.Need;
import ee.lim.spi.service.NeedCategory;
import ee.lim.spi.service.Place;
import ee.lim.spi.service.Service;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic matching problems with sparse eligibility, as in a real directory: most services serve
 * one municipality, some serve a region of about five, a few serve everyone; each covers one to
 * three of the eight default need categories and many have age or grade limits. A student's need
 * then has a few tens of eligible services. Students have 1 to 2 needs (1.5 on average) and the
 * total capacity is about two thirds of the needs, so services fill up and the optimisation
 * matters.
 */
public final class MatchingInstances {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private MatchingInstances() {}

    /**
     * Generates a problem.
     *
     * @param seed the random seed
     * @param students the number of students
     * @param services the number of services
     * @param municipalities the number of municipalities
     * @return the problem
     */
    public static MatchingProblem generate(
            long seed, int students, int services, int municipalities) {
        Random random = new Random(seed);
        Place[] centroids = new Place[municipalities];
        Map<String, Place> centroidByCode = new HashMap<>();
        for (int m = 0; m < municipalities; m++) {
            centroids[m] =
                    new Place(57.5 + random.nextDouble() * 2.0, 22.0 + random.nextDouble() * 6.0);
            centroidByCode.put(code(m), centroids[m]);
        }
        List<NeedCategory> categories = NeedCategory.DEFAULTS;
        List<StudentFacts> facts = new ArrayList<>(students);
        List<Need> needs = new ArrayList<>(students * 2);
        for (int i = 0; i < students; i++) {
            int m = random.nextInt(municipalities);
            int grade = 1 + random.nextInt(12);
            StudentKey key = new StudentKey("s" + i);
            Student student =
                    new Student(
                            key,
                            YearMonth.of(2019 - grade, 1 + random.nextInt(12)),
                            "school-" + m,
                            grade,
                            code(m),
                            random.nextInt(5) == 0 ? "ru" : "et",
                            Map.of(),
                            Map.of());
            Place home = random.nextBoolean() ? jitter(random, centroids[m]) : null;
            SupportTier tier = pick(random, SupportTier.values());
            facts.add(StudentFacts.of(student, tier, ConsentStatus.GIVEN, home));
            int count = random.nextBoolean() ? 1 : 2;
            Set<NeedCategory> chosen = new HashSet<>();
            while (chosen.size() < count) {
                chosen.add(categories.get(random.nextInt(categories.size())));
            }
            for (NeedCategory category : chosen) {
                needs.add(
                        new Need(
                                key,
                                category,
                                0.2 + 0.8 * random.nextDouble(),
                                Need.Origin.DERIVED,
                                List.of("synthetic"),
                                AS_OF));
            }
        }
        int totalCapacity = needs.size() * 2 / 3;
        int meanCapacity = Math.max(1, totalCapacity / services);
        List<Service> list = new ArrayList<>(services);
        for (int j = 0; j < services; j++) {
            int home = random.nextInt(municipalities);
            Set<String> area = new HashSet<>();
            double kind = random.nextDouble();
            if (kind < 0.7) {
                area.add(code(home));
            } else if (kind < 0.95) {
                for (int k = 0; k < 5; k++) {
                    area.add(code((home + k) % municipalities));
                }
            }
            Map<NeedCategory, Double> coverage = new HashMap<>();
            int count = 1 + random.nextInt(3);
            while (coverage.size() < count) {
                coverage.put(
                        categories.get(random.nextInt(categories.size())),
                        0.3 + 0.7 * random.nextDouble());
            }
            Integer minGrade = random.nextInt(3) == 0 ? 1 + random.nextInt(6) : null;
            Integer maxGrade = random.nextInt(3) == 0 ? 7 + random.nextInt(6) : null;
            SupportTier required = random.nextInt(6) == 0 ? SupportTier.ENHANCED : null;
            Eligibility eligibility =
                    new Eligibility(
                            null,
                            null,
                            minGrade,
                            maxGrade,
                            area,
                            random.nextInt(10) == 0 ? Set.of("ru") : Set.of(),
                            required,
                            random.nextInt(4) == 0);
            list.add(
                    new Service(
                            "svc-" + j,
                            "Service " + j,
                            "provider-" + home,
                            pick(random, Sector.values()),
                            coverage,
                            eligibility,
                            new Capacity(random.nextInt(2 * meanCapacity + 1), null, "places"),
                            random.nextInt(60),
                            random.nextInt(10) == 0 ? null : jitter(random, centroids[home]),
                            pick(random, Service.Level.values()),
                            true));
        }
        MatchingConfig config = MatchingConfig.DEFAULTS.withCentroids(centroidByCode);
        return new MatchingProblem(AS_OF, facts, needs, list, config);
    }

    private static String code(int m) {
        return String.format("%04d", m + 1);
    }

    private static Place jitter(Random random, Place centre) {
        return new Place(
                centre.latitude() + (random.nextDouble() - 0.5) * 0.2,
                centre.longitude() + (random.nextDouble() - 0.5) * 0.3);
    }

    /** Picks one of {@code values} uniformly, whatever their order or number. */
    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
