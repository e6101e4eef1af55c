package ee.lim.examples.cli;

import ee.lim.core.Engine;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.RiskModelProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The rule packs and the model provider a command uses, checked before any input is read so that a
 * mistyped id fails fast.
 *
 * @param rulePacks the packs named with {@code --rule-pack}, or every pack found when none was
 *     named
 * @param explicit whether the packs were named
 * @param model the model provider, or {@code null} for {@code --model none}
 */
record Scorers(List<IndicatorRulePack> rulePacks, boolean explicit, RiskModelProvider model) {

    static Scorers choose(Engine engine, ScoringOptions options, CommandLine commandLine) {
        if (options.folds < 2 || options.folds > 20) {
            throw new ParameterException(
                    commandLine,
                    "Invalid --folds " + options.folds + ": use a number from 2 to 20");
        }
        List<IndicatorRulePack> packs = new ArrayList<>();
        for (String id : options.rulePacks) {
            packs.add(
                    Plugins.require(
                            engine, IndicatorRulePack.class, id, commandLine, "--rule-pack"));
        }
        boolean explicit = !packs.isEmpty();
        if (!explicit) {
            packs.addAll(engine.plugins(IndicatorRulePack.class));
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
        return new Scorers(List.copyOf(packs), explicit, model);
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
}
