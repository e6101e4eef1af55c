package ee.lim.core.matching;

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

/** Seeded random matching problems for property tests. */
final class RandomInstances {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final List<NeedCategory> CATEGORIES =
            List.of(NeedCategory.ATTENDANCE, NeedCategory.LEARNING, NeedCategory.WELLBEING);
    static final List<String> MUNICIPALITIES = List.of("0142", "0698", "0919");
    static final List<String> LANGUAGES = List.of("et", "ru", "vro");

    private RandomInstances() {}

    static MatchingProblem problem(long seed, int students, int services, int maxCapacity) {
        Random random = new Random(seed);
        List<StudentFacts> facts = new ArrayList<>();
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            StudentKey key = new StudentKey("s" + seed + "-" + i);
            Student student =
                    new Student(
                            key,
                            random.nextInt(8) == 0
                                    ? null
                                    : YearMonth.of(
                                            2008 + random.nextInt(10), 1 + random.nextInt(12)),
                            "school-1",
                            random.nextInt(8) == 0 ? null : 1 + random.nextInt(12),
                            random.nextInt(8) == 0 ? null : pick(random, MUNICIPALITIES),
                            random.nextInt(8) == 0 ? null : pick(random, LANGUAGES),
                            Map.of(),
                            Map.of());
            int tier = random.nextInt(5);
            boolean tierKnown = tier < 4;
            SupportTier supportTier =
                    switch (tier) {
                        case 1 -> SupportTier.GENERAL;
                        case 2 -> SupportTier.ENHANCED;
                        case 3 -> SupportTier.SPECIAL;
                        default -> null;
                    };
            ConsentStatus consent = pick(random, List.of(ConsentStatus.values()));
            Place home = random.nextBoolean() ? place(random) : null;
            facts.add(new StudentFacts(student, tierKnown, supportTier, consent, home));
            Set<NeedCategory> chosen = new HashSet<>();
            int count = 1 + random.nextInt(2);
            while (chosen.size() < count) {
                chosen.add(pick(random, CATEGORIES));
            }
            for (NeedCategory category : chosen) {
                needs.add(
                        new Need(
                                key,
                                category,
                                0.1 + 0.9 * random.nextDouble(),
                                Need.Origin.DERIVED,
                                List.of("r"),
                                AS_OF));
            }
        }
        List<Service> list = new ArrayList<>();
        for (int j = 0; j < services; j++) {
            list.add(service(random, "svc-" + j, maxCapacity));
        }
        Map<String, Place> centroids = new HashMap<>();
        centroids.put("0142", new Place(57.83, 26.54));
        centroids.put("0919", new Place(57.83, 27.02));
        MatchingConfig config = new MatchingConfig(0.004, 0.003, centroids);
        return new MatchingProblem(AS_OF, facts, needs, list, config);
    }

    private static Service service(Random random, String id, int maxCapacity) {
        Map<NeedCategory, Double> coverage = new HashMap<>();
        int count = 1 + random.nextInt(2);
        while (coverage.size() < count) {
            coverage.put(pick(random, CATEGORIES), 0.2 + 0.8 * random.nextDouble());
        }
        Integer minAge = random.nextInt(3) == 0 ? 7 + random.nextInt(6) : null;
        Integer maxAge = random.nextInt(3) == 0 ? 13 + random.nextInt(8) : null;
        Integer minGrade = random.nextInt(3) == 0 ? 1 + random.nextInt(5) : null;
        Integer maxGrade = random.nextInt(3) == 0 ? 6 + random.nextInt(7) : null;
        Set<String> municipalities = new HashSet<>();
        if (random.nextBoolean()) {
            municipalities.add(pick(random, MUNICIPALITIES));
            if (random.nextBoolean()) {
                municipalities.add(pick(random, MUNICIPALITIES));
            }
        }
        Set<String> languages = new HashSet<>();
        if (random.nextInt(3) == 0) {
            languages.add(pick(random, LANGUAGES));
        }
        SupportTier required =
                random.nextInt(4) == 0 ? pick(random, List.of(SupportTier.values())) : null;
        Eligibility eligibility =
                new Eligibility(
                        minAge,
                        maxAge,
                        minGrade,
                        maxGrade,
                        municipalities,
                        languages,
                        required,
                        random.nextInt(3) == 0);
        return new Service(
                id,
                "Service " + id,
                "provider",
                Sector.EDUCATION,
                coverage,
                eligibility,
                new Capacity(random.nextInt(maxCapacity + 1), null, "places"),
                random.nextInt(40),
                random.nextInt(4) == 0 ? null : place(random),
                Service.Level.SECONDARY,
                random.nextInt(10) != 0);
    }

    private static Place place(Random random) {
        return new Place(57.5 + random.nextDouble() * 0.5, 26.5 + random.nextDouble() * 1.0);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
