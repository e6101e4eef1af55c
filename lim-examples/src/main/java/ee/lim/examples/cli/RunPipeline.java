package ee.lim.examples.cli;

import ee.lim.core.evaluation.Evaluator;
import ee.lim.core.explain.Explainer;
import ee.lim.core.explain.Explanation;
import ee.lim.core.matching.ConsentStatus;
import ee.lim.core.matching.CoverageTable;
import ee.lim.core.matching.Matcher;
import ee.lim.core.matching.MatchingConfig;
import ee.lim.core.matching.MatchingProblem;
import ee.lim.core.matching.MatchingResult;
import ee.lim.core.matching.StudentFacts;
import ee.lim.core.needs.NeedDeriver;
import ee.lim.core.needs.NeedMapping;
import ee.lim.core.needs.NeedMerger;
import ee.lim.examples.report.Metrics;
import ee.lim.examples.report.ModelQuality;
import ee.lim.examples.report.ReportTexts;
import ee.lim.examples.report.RunReport;
import ee.lim.plugin.hsds.catalogues.HsdsCatalogues;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.RiskAssessment;
import ee.lim.spi.service.Need;
import ee.lim.spi.service.Service;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The main job of {@code lim run}: risk, explanations, needs, matching and coverage for one cohort,
 * gathered into a {@link RunReport}.
 */
final class RunPipeline {
    private static final String VORU_LABEL = "bundled:voru-county";

    private final RunRequest request;
    private final Progress progress;
    private final CommandLine commandLine;
    private final ReportTexts texts;

    RunPipeline(RunRequest request, Progress progress, CommandLine commandLine) {
        this.request = request;
        this.progress = progress;
        this.commandLine = commandLine;
        this.texts = ReportTexts.of(request.language());
    }

    RunReport run() {
        Cohort cohort = request.cohort().cohort();
        LocalDate asOf = request.asOf();
        List<IndicatorRulePack> packs = request.scorers().inForceOn(asOf, commandLine);

        Optional<OutOfFoldModel.Result> model = Optional.empty();
        if (request.scorers().model() != null) {
            model =
                    OutOfFoldModel.fit(
                            request.scorers().model(),
                            cohort,
                            asOf,
                            "kfold",
                            request.scoring().folds,
                            request.scoring().seed,
                            progress);
            if (model.isEmpty()) {
                commandLine
                        .getErr()
                        .println(
                                "lim: warning: too few students have an outcome on or after "
                                        + asOf
                                        + " to train the model with "
                                        + request.scoring().folds
                                        + " folds; risk comes from the rule packs alone");
            }
        }

        progress.start("Scoring risk");
        List<RiskAssessment> assessments =
                new RiskScoring(request.scorers(), packs, asOf).assess(cohort, model);
        progress.done();

        progress.start("Explaining and deriving needs");
        Explainer explainer =
                Explainer.of(texts.locale(), Scorers.jsonPacks(packs)).withPluginPacks(packs);
        NeedDeriver deriver = new NeedDeriver(NeedMapping.defaults());
        List<Need> derived = new ArrayList<>();
        Map<StudentKey, Explanation> explanations = new LinkedHashMap<>();
        for (RiskAssessment assessment : assessments) {
            explanations.put(assessment.student(), explainer.explain(assessment));
            derived.addAll(deriver.derive(assessment));
        }
        List<Need> needs = new NeedMerger().merge(derived);
        progress.done();

        CatalogueLoader.Loaded catalogue =
                CatalogueLoader.load(
                        request.catalogueSource(), request.catalogue(), commandLine, progress);

        progress.start("Matching needs to services");
        List<StudentFacts> facts = new ArrayList<>();
        boolean demo = demoMapping(catalogue);
        SupportTiers tiers = SupportTiers.asOf(cohort, asOf);
        Map<StudentKey, Student> matched = new LinkedHashMap<>();
        for (Student student : cohort.students()) {
            Student fact = demo ? DemoMapping.apply(student) : student;
            matched.put(fact.key(), fact);
            facts.add(
                    new StudentFacts(
                            fact,
                            tiers.known(),
                            tiers.tierOf(student.key()),
                            ConsentStatus.GIVEN,
                            null));
        }
        List<Service> services = catalogue.catalogue().services();
        MatchingConfig config =
                catalogue.label().startsWith(VORU_LABEL)
                        ? MatchingConfig.DEFAULTS.withCentroids(HsdsCatalogues.VORU_CENTROIDS)
                        : MatchingConfig.DEFAULTS;
        MatchingProblem problem = new MatchingProblem(asOf, facts, needs, services, config);
        MatchingResult matching = new Matcher().match(problem);
        CoverageTable coverage = CoverageTable.of(problem, matching);
        progress.done();

        return new RunReportAssembler(request, commandLine, texts, demoMapping(catalogue))
                .assemble(
                        cohort,
                        matched,
                        assessments,
                        explanations,
                        needs,
                        catalogue,
                        matching,
                        coverage,
                        model);
    }

    /** Tells whether the UCI demonstration mapping ({@link DemoMapping}) applies. */
    private boolean demoMapping(CatalogueLoader.Loaded catalogue) {
        return request.demoMapping()
                && request.cohort().source().id().equals("uci")
                && catalogue.label().startsWith(VORU_LABEL);
    }

    static ModelQuality quality(OutOfFoldModel.Result model) {
        Map<String, String[]> groups = GroupColumns.of(model.dataset(), model.testRows());
        return new ModelQuality(
                model.scorer(),
                model.validation(),
                Evaluator.defaults().evaluate(model.probabilities(), model.labels(), groups),
                Metrics.roc(model.probabilities(), model.labels()));
    }
}
