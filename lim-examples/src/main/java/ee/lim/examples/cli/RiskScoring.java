package ee.lim.examples.cli;

import ee.lim.core.features.FeatureConfig;
import ee.lim.core.risk.ModelOutput;
import ee.lim.core.risk.RiskScorer;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.RiskAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a cohort with the chosen rule packs and, where the out-of-fold model has a score for a
 * student, with that score. A student the model could not score (their features could not be
 * computed) is scored by the rules alone, and their assessment names no model.
 */
final class RiskScoring {
    private final Scorers scorers;
    private final List<IndicatorRulePack> packs;
    private final LocalDate asOf;

    RiskScoring(Scorers scorers, List<IndicatorRulePack> packs, LocalDate asOf) {
        this.scorers = scorers;
        this.packs = packs;
        this.asOf = asOf;
    }

    List<RiskAssessment> assess(Cohort cohort, Optional<OutOfFoldModel.Result> model) {
        FeatureConfig config = FeatureConfig.defaults();
        if (scorers.jurisdiction() != null) {
            config = config.withJurisdiction(scorers.jurisdiction().jurisdiction(asOf));
        }
        RiskScorer rulesOnly = RiskScorer.builder().features(config).rulePacks(packs).build();
        if (model.isEmpty()) {
            return rulesOnly.assess(cohort, asOf);
        }
        Map<StudentKey, ModelOutput> outputs = model.get().outputs();
        RiskScorer withModel =
                RiskScorer.builder()
                        .features(config)
                        .rulePacks(packs)
                        .model(
                                model.get().provenance(),
                                features -> outputs.get(features.student()))
                        .build();
        Map<StudentKey, RiskAssessment> byStudent = new HashMap<>();
        for (RiskAssessment a : withModel.assess(part(cohort, outputs, true), asOf)) {
            byStudent.put(a.student(), a);
        }
        for (RiskAssessment a : rulesOnly.assess(part(cohort, outputs, false), asOf)) {
            byStudent.put(a.student(), a);
        }
        List<RiskAssessment> ordered = new ArrayList<>();
        for (Student student : cohort.students()) {
            ordered.add(byStudent.get(student.key()));
        }
        return ordered;
    }

    private static Cohort part(
            Cohort cohort, Map<StudentKey, ModelOutput> outputs, boolean scored) {
        List<Student> students = new ArrayList<>();
        for (Student student : cohort.students()) {
            if (outputs.containsKey(student.key()) == scored) {
                students.add(student);
            }
        }
        List<Observation> observations = new ArrayList<>();
        for (Observation observation : cohort.observations()) {
            if (outputs.containsKey(observation.student()) == scored) {
                observations.add(observation);
            }
        }
        return new Cohort(cohort.schools(), students, observations);
    }
}
