package ee.lim.examples.report;

import ee.lim.core.evaluation.Evaluator;
import ee.lim.spi.risk.RiskBand;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Hand-built reports for the writer tests, independent of the pipeline. */
final class SampleReports {
    private SampleReports() {}

    static RunReport withModel(String language) {
        SplittableRandom random = new SplittableRandom(7);
        List<StudentRow> students = new ArrayList<>();
        double[] scores = new double[60];
        boolean[] labels = new boolean[60];
        for (int i = 0; i < 60; i++) {
            double p = random.nextDouble();
            scores[i] = p;
            labels[i] = random.nextDouble() < p;
            RiskBand band = RiskBand.NONE;
            if (p > 0.7) {
                band = RiskBand.HIGH;
            } else if (p > 0.4) {
                band = RiskBand.WATCH;
            }
            students.add(
                    new StudentRow(
                            String.format("S%06d", i + 1),
                            "GP",
                            i % 2 == 0 ? "Võru vald" : "",
                            band,
                            p,
                            band == RiskBand.NONE
                                    ? List.of()
                                    : List.of(
                                            new ReasonRow(
                                                    "failures",
                                                    "GRADES",
                                                    "2 failed classes <b>before</b>",
                                                    0.8)),
                            band == RiskBand.NONE ? List.of() : List.of("learning")));
        }
        students.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        Map<String, String[]> groups = new java.util.TreeMap<>();
        String[] sex = new String[60];
        for (int i = 0; i < 60; i++) {
            sex[i] = i < 50 ? "F" : "M";
        }
        groups.put("sex", sex);
        ModelQuality model =
                new ModelQuality(
                        "logistic",
                        "5-fold cross-validation",
                        Evaluator.defaults().evaluate(scores, labels, groups),
                        Metrics.roc(scores, labels));
        return report(language, students, model);
    }

    static RunReport withoutModel(String language) {
        List<StudentRow> students =
                List.of(
                        new StudentRow(
                                "S1",
                                "",
                                "",
                                RiskBand.WATCH,
                                null,
                                List.of(),
                                List.of("attendance")),
                        new StudentRow("S2", "", "", RiskBand.NONE, null, List.of(), List.of()));
        return report(language, students, null);
    }

    private static RunReport report(
            String language, List<StudentRow> students, ModelQuality model) {
        int high = (int) students.stream().filter(s -> s.band() == RiskBand.HIGH).count();
        int watch = (int) students.stream().filter(s -> s.band() == RiskBand.WATCH).count();
        Provenance provenance =
                new Provenance(
                        "lim",
                        "0.1.0-test",
                        Instant.parse("2026-12-04T10:00:00Z"),
                        LocalDate.of(2005, 12, 17),
                        "uci",
                        "bundled:student-por.csv",
                        "a7594a11d7771c0efe1a740824e0e833da9c4cad07c39a9766a874575563fb3f",
                        42,
                        List.of(new PluginRef("CohortSource", "uci", "0.1.0", 1)),
                        Map.of("model", "logistic", "folds", "5"));
        List<ReferralRow> referrals =
                List.of(
                        new ReferralRow(
                                students.get(0).key(),
                                "learning",
                                "svc-1",
                                "Õpiabi rühm",
                                "Võru Gümnaasium",
                                "Võru vald",
                                0.8,
                                "closest service with room",
                                "Rõuge õpiabi"));
        List<UnservedRow> unserved =
                List.of(new UnservedRow("S000002", "health", "", "no service with room"));
        List<CoverageRow> coverage =
                List.of(
                        new CoverageRow("learning", "Võru vald", 5, 3, 2),
                        new CoverageRow("learning", "", 4, 0, 4),
                        new CoverageRow("attendance", "Rõuge vald", 2, 2, 0));
        Summary summary =
                new Summary(
                        students.size(),
                        high,
                        watch,
                        students.size() - high - watch,
                        high + watch,
                        high + watch,
                        referrals.size(),
                        unserved.size(),
                        1);
        return new RunReport(
                language,
                provenance,
                summary,
                List.of("countyWide"),
                students,
                referrals,
                unserved,
                coverage,
                model,
                List.of(
                        new ProblemRow(
                                "student-por.csv", 12, "age", "REJECTED", "age 40 out of range")));
    }
}
