package ee.lim.examples.cli;

import ee.lim.core.Engine;
import ee.lim.core.rules.JsonRulePack;
import ee.lim.core.rules.RulePacks;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.JurisdictionProfile;
import ee.lim.spi.RiskModelProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The rule packs, model provider and jurisdiction a command uses, checked before any input is read
 * so that a mistyped id fails fast.
 *
 * @param rulePacks the packs named with {@code --rule-pack}, or every pack found when none was
 *     named: plugins first, then those bundled with LIM
 * @param explicit whether the packs were named
 * @param model the model provider, or {@code null} for {@code --model none}
 * @param jurisdiction the jurisdiction profile, or {@code null} when none applies
 */
record Scorers(
        List<IndicatorRulePack> rulePacks,
        boolean explicit,
        RiskModelProvider model,
        JurisdictionProfile jurisdiction) {

    private static final Map<String, String> DEFAULT_JURISDICTIONS =
            Map.of("uci", "pt-secondary", "uci-dropout", "pt-higher");

    /**
     * Returns the rule packs that {@code --rule-pack} accepts, by id: plugins first, then the packs
     * bundled with lim-core. A plugin replaces a bundled pack of the same id.
     */
    static Map<String, IndicatorRulePack> availableRulePacks(Engine engine) {
        Map<String, IndicatorRulePack> available = new LinkedHashMap<>();
        for (IndicatorRulePack pack : engine.plugins(IndicatorRulePack.class)) {
            available.put(pack.id(), pack);
        }
        for (JsonRulePack pack : RulePacks.all()) {
            available.putIfAbsent(pack.id(), pack);
        }
        return available;
    }

    static Scorers choose(
            Engine engine, ScoringOptions options, String sourceId, CommandLine commandLine) {
        if (options.folds < 2 || options.folds > 20) {
            throw new ParameterException(
                    commandLine,
                    "Invalid --folds " + options.folds + ": use a number from 2 to 20");
        }
        Map<String, IndicatorRulePack> available = availableRulePacks(engine);
        List<IndicatorRulePack> packs = new ArrayList<>();
        for (String id : options.rulePacks) {
            IndicatorRulePack pack = available.get(id);
            if (pack == null) {
                throw new ParameterException(
                        commandLine,
                        "Unknown --rule-pack '"
                                + id
                                + "'; available: "
                                + String.join(", ", new TreeSet<>(available.keySet())));
            }
            packs.add(pack);
        }
        boolean explicit = !packs.isEmpty();
        if (!explicit) {
            packs.addAll(available.values());
        }
        RiskModelProvider model =
                options.usesModel()
                        ? Plugins.require(
                                engine,
                                RiskModelProvider.class,
                                options.model,
                                commandLine,
                                "--model")
                        : null;
        return new Scorers(
                List.copyOf(packs),
                explicit,
                model,
                jurisdiction(engine, options.jurisdiction, sourceId, commandLine));
    }

    private static JurisdictionProfile jurisdiction(
            Engine engine, String given, String sourceId, CommandLine commandLine) {
        if (given != null) {
            return Plugins.require(
                    engine, JurisdictionProfile.class, given, commandLine, "--jurisdiction");
        }
        String fallback = DEFAULT_JURISDICTIONS.getOrDefault(sourceId, "ee");
        return engine.findPlugin(JurisdictionProfile.class, fallback).orElse(null);
    }

    /**
     * Returns the packs to apply on a date: the named ones (a named pack not in force is an error),
     * or every found pack in force then.
     *
     * @throws ParameterException if a named pack is not in force on {@code asOf}
     */
    List<IndicatorRulePack> inForceOn(LocalDate asOf, CommandLine commandLine) {
        List<IndicatorRulePack> inForce = new ArrayList<>();
        for (IndicatorRulePack pack : rulePacks) {
            if (pack.isInForceOn(asOf)) {
                inForce.add(pack);
            } else if (explicit) {
                throw new ParameterException(
                        commandLine,
                        "The rule pack '"
                                + pack.id()
                                + "' is not in force on "
                                + asOf
                                + "; choose another --as-of or --rule-pack");
            }
        }
        return inForce;
    }

    /** Returns the JSON rule packs among the chosen ones, for the explainer. */
    static List<JsonRulePack> jsonPacks(List<IndicatorRulePack> packs) {
        List<JsonRulePack> json = new ArrayList<>();
        for (IndicatorRulePack pack : packs) {
            if (pack instanceof JsonRulePack jsonPack) {
                json.add(jsonPack);
            }
        }
        return json;
    }

    /** Returns the jurisdiction id for provenance, or {@code "none"}. */
    String jurisdictionId() {
        return Optional.ofNullable(jurisdiction).map(JurisdictionProfile::id).orElse("none");
    }
}
