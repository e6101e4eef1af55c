package ee.lim.examples.cli;

import ee.lim.core.Engine;
import java.time.LocalDate;

/**
 * The request of one {@code lim evaluate}, after its options were checked.
 *
 * @param engine the engine with the plugins
 * @param cohort the cohort as read
 * @param asOf the as-of date
 * @param scorers the rule packs and model provider
 * @param scoring the scoring options (folds, seed)
 * @param split {@code kfold} or {@code time}
 */
record EvaluateRequest(
        Engine engine,
        LoadedCohort cohort,
        LocalDate asOf,
        Scorers scorers,
        ScoringOptions scoring,
        String split) {}
