package ee.lim.core.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.core.Engine;
import ee.lim.core.features.FeatureAggregator;
import ee.lim.core.features.FeatureConfig;
import ee.lim.core.rules.JsonRulePack;
import ee.lim.core.rules.RulePacks;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.PluginException;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.Contribution;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskAssessment;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.risk.RuleContext;
import ee.lim.testkit.SyntheticCohort;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RiskScorerTest {
    private static final StudentKey KEY = new StudentKey("S1");
    private static final Student STUDENT =
            new Student(KEY, YearMonth.of(2011, 1), "SCH1", 8, null, null, Map.of(), Map.of());
    private static final LocalDate AS_OF = LocalDate.of(2025, 11, 17);

    /** 20 unexcused hours in the last 4 weeks and 6 present hours: NL high, Finland none. */
    private static List<Observation> absences() {
        List<Observation> list = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            LocalDate date = AS_OF.minusDays(day);
            list.add(
                    new AttendanceEvent(
                            KEY, date, AttendanceEvent.Scope.DAY, AttendanceStatus.UNEXCUSED, 240));
        }
        list.add(
                new AttendanceEvent(
                        KEY,
                        AS_OF.minusDays(6),
                        AttendanceEvent.Scope.DAY,
                        AttendanceStatus.PRESENT,
                        360));
        return list;
    }

    @Test
    void assess_bandIsHighestIndicator() {
        RiskScorer scorer =
                RiskScorer.builder()
                        .rulePacks(
                                RulePacks.get(RulePacks.NETHERLANDS_16_HOURS),
                                RulePacks.get(RulePacks.FINLAND_ABSENCE_HOURS))
                        .build();

        RiskAssessment assessment = scorer.assess(STUDENT, absences(), AS_OF);

        assertEquals(RiskBand.HIGH, assessment.band());
        assertNull(assessment.probability());
        assertEquals(List.of("nl-16-hours@1", "fi-absence-hours@1"), assessment.producedBy());
        Indicator nl = assessment.indicators().get(0);
        assertEquals("unexcused-hours-4w", nl.id());
        assertEquals(20.0, nl.value(), 1e-12);
        assertEquals(16.0, nl.threshold());
        assertEquals(RiskBand.NONE, assessment.indicators().get(1).band());
    }

    @Test
    void assess_noIndicatorsGivesNone() {
        RiskScorer scorer = RiskScorer.builder().rulePacks(RulePacks.all()).build();

        RiskAssessment assessment = scorer.assess(STUDENT, List.of(), AS_OF);

        assertEquals(RiskBand.NONE, assessment.band());
        assertEquals(6, assessment.producedBy().size());
    }

    @Test
    void assess_modelProbabilityDecidesBand() {
        List<Contribution> unordered =
                List.of(
                        new Contribution("a", FactorCategory.GRADES, 1, 0.1),
                        new Contribution("b", FactorCategory.ATTENDANCE, 1, -0.9),
                        new Contribution("c", FactorCategory.BEHAVIOUR, 1, 0.5));
        RiskScorer scorer =
                RiskScorer.builder()
                        .rulePacks(RulePacks.get(RulePacks.NETHERLANDS_16_HOURS))
                        .model("logistic@3", features -> new ModelOutput(0.3, unordered))
                        .cutoffs(new ProbabilityCutoffs(0.2, 0.6))
                        .build();

        RiskAssessment assessment = scorer.assess(STUDENT, absences(), AS_OF);

        // The indicator is high, but the model's 0.3 lies between the cut-offs.
        assertEquals(RiskBand.WATCH, assessment.band());
        assertEquals(0.3, assessment.probability());
        assertEquals(RiskBand.HIGH, assessment.indicators().get(0).band());
        assertEquals(List.of("nl-16-hours@1", "logistic@3"), assessment.producedBy());
        assertEquals(
                List.of("b", "c", "a"),
                assessment.contributions().stream().map(Contribution::feature).toList());
    }

    @Test
    void cutoffs_defaultsAndValidation() {
        assertEquals(RiskBand.NONE, ProbabilityCutoffs.DEFAULT.bandOf(0.2499));
        assertEquals(RiskBand.WATCH, ProbabilityCutoffs.DEFAULT.bandOf(0.25));
        assertEquals(RiskBand.HIGH, ProbabilityCutoffs.DEFAULT.bandOf(0.5));
        assertThrows(InvalidInputException.class, () -> new ProbabilityCutoffs(0.6, 0.5));
        assertThrows(InvalidInputException.class, () -> new ProbabilityCutoffs(0.0, 0.5));
        assertThrows(InvalidInputException.class, () -> new ModelOutput(1.5, List.of()));
        assertThrows(InvalidInputException.class, () -> new ModelOutput(Double.NaN, List.of()));
    }

    @Test
    void assess_packOutOfForceSkipped() {
        JsonRulePack expired =
                JsonRulePack.parse(
                        "{\"id\": \"old\", \"version\": \"1\", \"source\": \"s\","
                                + " \"effectiveFrom\": \"2020-01-01\","
                                + " \"effectiveUntil\": \"2024-12-31\", \"rules\": [{\"id\": \"r\","
                                + " \"feature\": \"absent_hours_year\", \"category\":"
                                + " \"ATTENDANCE\", \"comparison\": \"atLeast\", \"high\": 1}]}");
        RiskScorer scorer = RiskScorer.builder().rulePacks(expired).build();

        RiskAssessment assessment = scorer.assess(STUDENT, absences(), AS_OF);

        assertEquals(RiskBand.NONE, assessment.band());
        assertEquals(List.of(), assessment.indicators());
        assertEquals(List.of(), assessment.producedBy());
    }

    @Test
    void assess_failingPackReportedById() {
        IndicatorRulePack broken =
                new IndicatorRulePack() {
                    @Override
                    public String id() {
                        return "broken";
                    }

                    @Override
                    public String version() {
                        return "1";
                    }

                    @Override
                    public int spiVersion() {
                        return SpiVersion.CURRENT;
                    }

                    @Override
                    public boolean isInForceOn(LocalDate asOf) {
                        return true;
                    }

                    @Override
                    public List<Indicator> evaluate(RuleContext context) {
                        throw new IllegalStateException("boom");
                    }
                };
        RiskScorer scorer = RiskScorer.builder().rulePacks(broken).build();

        PluginException e =
                assertThrows(
                        PluginException.class, () -> scorer.assess(STUDENT, absences(), AS_OF));

        assertEquals("broken", e.pluginId());
        assertTrue(e.getCause() instanceof IllegalStateException);
    }

    @Test
    void assess_failingModelReported() {
        RiskScorer scorer =
                RiskScorer.builder()
                        .model(
                                "m@1",
                                features -> {
                                    throw new ArithmeticException("overflow");
                                })
                        .build();

        PluginException e =
                assertThrows(
                        PluginException.class, () -> scorer.assess(STUDENT, absences(), AS_OF));

        assertEquals("m@1", e.pluginId());
    }

    @Test
    void builder_duplicatePackIdsRejected() {
        RiskScorer.Builder builder = RiskScorer.builder().rulePacks(RulePacks.get(RulePacks.EWIMS));

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> builder.rulePacks(RulePacks.get(RulePacks.EWIMS)));

        assertTrue(e.getMessage().contains("'ewims'"), e.getMessage());
        assertThrows(
                InvalidInputException.class,
                () -> RiskScorer.builder().model(" ", features -> null));
    }

    @Test
    void assess_cohortStreamedAndInMemoryAgree() {
        SyntheticCohort synthetic =
                SyntheticCohort.builder().seed(11).students(30).lessonsPerDay(2).build();
        Cohort cohort = synthetic.generate();
        LocalDate asOf = LocalDate.of(2026, 3, 2);
        RiskScorer scorer = RiskScorer.builder().rulePacks(RulePacks.all()).build();
        FeatureAggregator aggregator = new FeatureAggregator(asOf, FeatureConfig.defaults());
        synthetic.generate(aggregator);

        List<RiskAssessment> inMemory = scorer.assess(cohort, asOf);
        List<RiskAssessment> streamed = scorer.assess(aggregator);

        assertEquals(inMemory, streamed);
        assertEquals(30, inMemory.size());
        assertTrue(
                inMemory.stream().anyMatch(a -> a.band() == RiskBand.HIGH),
                "a synthetic cohort has some high-risk students");
    }

    @Test
    void engine_registersPacksForTheScorer() {
        Engine engine =
                Engine.builder()
                        .plugin(RulePacks.get(RulePacks.EWIMS))
                        .plugin(RulePacks.get(RulePacks.NETHERLANDS_16_HOURS))
                        .build();

        RiskScorer scorer =
                RiskScorer.builder().rulePacks(engine.plugins(IndicatorRulePack.class)).build();
        RiskAssessment assessment = scorer.assess(STUDENT, absences(), AS_OF);

        assertEquals(
                List.of("ewims", "nl-16-hours"),
                engine.ids(IndicatorRulePack.class).stream().sorted().toList());
        assertEquals(RiskBand.HIGH, assessment.band());
        assertEquals(2, assessment.producedBy().size());
    }

    @Test
    void assess_sharedAcrossThreads() throws Exception {
        Cohort cohort = SyntheticCohort.builder().seed(5).students(20).build().generate();
        LocalDate asOf = LocalDate.of(2026, 1, 12);
        RiskScorer scorer = RiskScorer.builder().rulePacks(RulePacks.all()).build();
        List<RiskAssessment> expected = scorer.assess(cohort, asOf);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<RiskAssessment>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> scorer.assess(cohort, asOf)));
            }
            for (Future<List<RiskAssessment>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
