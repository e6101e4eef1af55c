package ee.lim.examples.cli;

import ee.lim.core.explain.Explanation;
import ee.lim.core.explain.Reason;
import ee.lim.core.matching.CoverageTable;
import ee.lim.core.matching.LeftOut;
import ee.lim.core.matching.Matcher;
import ee.lim.core.matching.MatchingResult;
import ee.lim.core.matching.MatchingTexts;
import ee.lim.core.matching.Proposal;
import ee.lim.examples.report.CoverageRow;
import ee.lim.examples.report.PluginRef;
import ee.lim.examples.report.ProblemRow;
import ee.lim.examples.report.Provenance;
import ee.lim.examples.report.ReasonRow;
import ee.lim.examples.report.ReferralRow;
import ee.lim.examples.report.ReportTexts;
import ee.lim.examples.report.RunReport;
import ee.lim.examples.report.StudentRow;
import ee.lim.examples.report.Summary;
import ee.lim.examples.report.UnservedRow;
import ee.lim.spi.ImportProblem;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.RiskAssessment;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.service.Need;
import ee.lim.spi.service.Service;
import ee.lim.spi.service.ServiceProvider;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Turns the results of a run (assessments, explanations, needs, matching, coverage, model) into the
 * rows, texts and provenance of a {@link RunReport}.
 */
final class RunReportAssembler {
    /** Reasons shown per student. */
    static final int TOP_REASONS = 3;

    private final RunRequest request;
    private final CommandLine commandLine;
    private final ReportTexts texts;
    private final boolean demo;

    RunReportAssembler(
            RunRequest request, CommandLine commandLine, ReportTexts texts, boolean demo) {
        this.request = request;
        this.commandLine = commandLine;
        this.texts = texts;
        this.demo = demo;
    }

    RunReport assemble(
            Cohort cohort,
            Map<StudentKey, Student> students,
            List<RiskAssessment> assessments,
            Map<StudentKey, Explanation> explanations,
            List<Need> needs,
            CatalogueLoader.Loaded catalogue,
            MatchingResult matching,
            CoverageTable coverage,
            Optional<OutOfFoldModel.Result> model) {
        Map<StudentKey, List<String>> needsByStudent = new TreeMap<>();
        for (Need need : needs) {
            needsByStudent
                    .computeIfAbsent(need.student(), k -> new ArrayList<>())
                    .add(need.category().id());
        }

        List<StudentRow> rows = new ArrayList<>();
        for (RiskAssessment assessment : assessments) {
            Student student = students.get(assessment.student());
            rows.add(
                    new StudentRow(
                            assessment.student().value(),
                            nullToEmpty(student.schoolId()),
                            DemoMapping.municipalityName(student.residenceMunicipality()),
                            assessment.band(),
                            assessment.probability(),
                            reasons(explanations.get(assessment.student())),
                            needsByStudent.getOrDefault(assessment.student(), List.of())));
        }
        rows.sort(
                Comparator.comparing(StudentRow::band)
                        .reversed()
                        .thenComparing(
                                (StudentRow r) -> r.probability() == null ? 0 : r.probability(),
                                Comparator.reverseOrder())
                        .thenComparing(StudentRow::key));

        Map<String, Service> services = new LinkedHashMap<>();
        catalogue.catalogue().services().forEach(s -> services.put(s.id(), s));
        Map<String, String> providers = new LinkedHashMap<>();
        for (ServiceProvider provider : catalogue.catalogue().providers()) {
            providers.put(provider.id(), provider.name());
        }
        Map<StudentKey, Map<String, Double>> priorities = new LinkedHashMap<>();
        for (Need need : needs) {
            priorities
                    .computeIfAbsent(need.student(), k -> new LinkedHashMap<>())
                    .put(need.category().id(), need.priority());
        }
        List<ReferralRow> referrals = new ArrayList<>();
        for (Proposal proposal : matching.proposals()) {
            Service service = services.get(proposal.serviceId());
            Student student = students.get(proposal.student());
            referrals.add(
                    new ReferralRow(
                            proposal.student().value(),
                            proposal.need().id(),
                            service.id(),
                            service.name(),
                            providers.getOrDefault(service.providerId(), service.providerId()),
                            DemoMapping.municipalityName(student.residenceMunicipality()),
                            priorities
                                    .getOrDefault(proposal.student(), Map.of())
                                    .getOrDefault(proposal.need().id(), 0.0),
                            referralReason(proposal, service),
                            proposal.nextBest() == null
                                    ? ""
                                    : services.get(proposal.nextBest().serviceId()).name()));
        }
        referrals.sort(
                Comparator.comparingDouble(ReferralRow::priority)
                        .reversed()
                        .thenComparing(ReferralRow::student)
                        .thenComparing(ReferralRow::need));
        List<UnservedRow> unserved = new ArrayList<>();
        for (LeftOut left : matching.leftOut()) {
            unserved.add(
                    new UnservedRow(
                            left.student().value(),
                            left.need().id(),
                            DemoMapping.municipalityName(
                                    students.get(left.student()).residenceMunicipality()),
                            leftOutReason(left)));
        }
        List<CoverageRow> coverageRows = new ArrayList<>();
        for (ee.lim.core.matching.CoverageRow row : coverage.rows()) {
            String municipality =
                    row.municipality().equals(CoverageTable.UNKNOWN)
                            ? ""
                            : DemoMapping.municipalityName(row.municipality());
            coverageRows.add(
                    new CoverageRow(
                            row.need().id(),
                            municipality,
                            row.withNeed(),
                            row.proposed(),
                            row.gap()));
        }

        int high = count(assessments, RiskBand.HIGH);
        int watch = count(assessments, RiskBand.WATCH);
        Summary summary =
                new Summary(
                        assessments.size(),
                        high,
                        watch,
                        assessments.size() - high - watch,
                        needsByStudent.size(),
                        needs.size(),
                        referrals.size(),
                        unserved.size(),
                        request.cohort().report().rejectedCount());
        boolean noMunicipality =
                students.values().stream().allMatch(s -> s.residenceMunicipality() == null);
        return new RunReport(
                request.language(),
                provenance(model, catalogue),
                summary,
                notes(noMunicipality, catalogue),
                rows,
                referrals,
                unserved,
                coverageRows,
                model.map(RunPipeline::quality).orElse(null),
                problems(request.cohort().report().problems(), catalogue));
    }

    private List<String> notes(boolean noMunicipality, CatalogueLoader.Loaded catalogue) {
        List<String> notes = new ArrayList<>();
        if (demo) {
            notes.add("demoMapping");
        }
        if (noMunicipality) {
            notes.add("countyWide");
        }
        if (catalogue.label().equals("none")) {
            notes.add("noCatalogue");
        }
        return notes;
    }

    private Provenance provenance(
            Optional<OutOfFoldModel.Result> model, CatalogueLoader.Loaded catalogue) {
        List<PluginRef> plugins = new ArrayList<>();
        plugins.add(Plugins.ref(request.engine(), request.cohort().source()));
        if (request.scorers().jurisdiction() != null) {
            plugins.add(Plugins.ref(request.engine(), request.scorers().jurisdiction()));
        }
        for (IndicatorRulePack pack : request.scorers().inForceOn(request.asOf(), commandLine)) {
            plugins.add(Plugins.ref(request.engine(), pack));
        }
        if (request.scorers().model() != null) {
            plugins.add(Plugins.ref(request.engine(), request.scorers().model()));
        }
        if (request.catalogueSource() != null) {
            plugins.add(Plugins.ref(request.engine(), request.catalogueSource()));
        }
        Map<String, String> configuration = new TreeMap<>();
        configuration.put("model", request.scoring().model);
        configuration.put("model_used", String.valueOf(model.isPresent()));
        configuration.put(
                "validation", model.map(m -> m.validation() + ", out-of-fold").orElse("none"));
        configuration.put("folds", String.valueOf(request.scoring().folds));
        configuration.put("label_adverse", "DROPPED_OUT, FAILED");
        configuration.put("jurisdiction", request.scorers().jurisdictionId());
        configuration.put("rule_packs", rulePackIds());
        configuration.put("catalogue", catalogue.label());
        configuration.put("catalogue_sha256", catalogue.sha256());
        configuration.put(
                "consent",
                "planned: proposals assume the family agrees; consent is asked before any referral");
        configuration.put(
                "support_tier",
                "from the support measures in force on the as-of date; unknown when the source"
                        + " records none, and services that require a tier are then left out");
        configuration.put("matching", Matcher.ALGORITHM);
        configuration.put(
                "demo_mapping",
                demo
                        ? "uci students given invented Estonian language, grade (age - 5, 10 to 12)"
                                + " and Võru County municipality (hash of key) for matching"
                        : "none");
        configuration.put("language", request.language());
        request.cohort()
                .report()
                .accepted()
                .forEach(
                        (kind, count) ->
                                configuration.put("accepted_" + kind, String.valueOf(count)));
        return new Provenance(
                "lim",
                Version.current(),
                Instant.now(request.engine().clock()),
                request.asOf(),
                request.cohort().source().id(),
                request.cohort().input(),
                request.cohort().sha256(),
                request.scoring().seed,
                plugins,
                configuration);
    }

    private String rulePackIds() {
        return request.scorers().inForceOn(request.asOf(), commandLine).stream()
                .map(p -> p.id() + "@" + p.version())
                .collect(Collectors.joining(", "));
    }

    private static List<ReasonRow> reasons(Explanation explanation) {
        List<ReasonRow> rows = new ArrayList<>();
        for (Reason reason : explanation.reasons()) {
            if (rows.size() == TOP_REASONS) {
                break;
            }
            rows.add(
                    new ReasonRow(
                            reason.name(),
                            reason.category().name(),
                            reason.text(),
                            reason.weight()));
        }
        return ReasonAdvice.oncePerCategory(rows);
    }

    private String referralReason(Proposal proposal, Service service) {
        NumberFormat percent = NumberFormat.getPercentInstance(texts.locale());
        String text =
                texts.format(
                        "referral.reason",
                        percent.format(proposal.score().coverage()),
                        proposal.score().waitingDays());
        if (service.eligibility().consentRequired()) {
            text += " " + texts.format("referral.consent");
        }
        return text;
    }

    /** Returns why a need got no service, from core's matching texts plus the details. */
    private String leftOutReason(LeftOut left) {
        Locale locale = texts.locale();
        String reason = MatchingTexts.leftOut(left.reason(), locale);
        if (left.reason() == LeftOut.Reason.NO_ELIGIBLE_SERVICE) {
            if (left.ineligibleReasons().isEmpty()) {
                return reason + " " + texts.format("unserved.noService");
            }
            List<String> details = new ArrayList<>();
            left.ineligibleReasons()
                    .forEach(
                            (code, services) ->
                                    details.add(
                                            texts.format(
                                                    "unserved.ineligible",
                                                    stripPeriod(
                                                            MatchingTexts.eligibility(
                                                                    code, locale)),
                                                    services)));
            return reason + " " + String.join(" ", details);
        }
        if (left.reason() == LeftOut.Reason.MISSING_FACTS) {
            String facts =
                    left.missingFacts().stream()
                            .map(fact -> MatchingTexts.fact(fact, locale))
                            .collect(Collectors.joining(", "));
            return reason + " " + texts.format("unserved.missing", facts);
        }
        return reason;
    }

    private static String stripPeriod(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private static List<ProblemRow> problems(
            List<ImportProblem> cohortProblems, CatalogueLoader.Loaded catalogue) {
        List<ProblemRow> rows = new ArrayList<>();
        for (ImportProblem problem : cohortProblems) {
            rows.add(row(problem));
        }
        for (ImportProblem problem : catalogue.problems()) {
            rows.add(row(problem));
        }
        return rows;
    }

    private static ProblemRow row(ImportProblem problem) {
        return new ProblemRow(
                problem.file(),
                problem.line(),
                problem.column(),
                problem.severity().name(),
                problem.reason());
    }

    private static int count(List<RiskAssessment> assessments, RiskBand band) {
        return (int) assessments.stream().filter(a -> a.band() == band).count();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
