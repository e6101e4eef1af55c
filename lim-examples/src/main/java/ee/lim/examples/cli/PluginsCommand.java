package ee.lim.examples.cli;

import ee.lim.core.Engine;
import ee.lim.core.PluginFailure;
import ee.lim.core.PluginInfo;
import ee.lim.core.rules.JsonRulePack;
import ee.lim.core.rules.RulePacks;
import ee.lim.spi.IndicatorRulePack;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lim plugins}: lists the plugins found, the rule packs bundled with lim-core and the
 * plugins that failed to load. Together, the plugin and bundled rule packs are the ids that {@code
 * --rule-pack} accepts.
 */
@Command(
        name = "plugins",
        mixinStandardHelpOptions = true,
        description = {
            "List the plugins found, with id, version and SPI version, the indicator rule packs"
                    + " bundled with LIM, and any plugin that failed to load.",
            "Every rule pack listed, plugin or bundled, can be given to --rule-pack."
        })
final class PluginsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Engine engine = Plugins.engine();
        PrintWriter out = spec.commandLine().getOut();
        String format = "%-22s %-24s %-10s %-4s %s%n";
        out.printf(format, "ROLE", "ID", "VERSION", "SPI", "DESCRIPTION");
        for (PluginInfo info : engine.pluginInfos()) {
            out.printf(
                    format,
                    info.role(),
                    info.id(),
                    info.version(),
                    info.spiVersion(),
                    Plugins.description(engine, info));
        }
        printBundledRulePacks(engine, out);
        if (engine.failures().isEmpty()) {
            out.println();
            out.println("No plugin failed to load.");
        } else {
            out.println();
            out.println("FAILED TO LOAD");
            for (PluginFailure failure : engine.failures()) {
                out.printf("%-22s %-20s %s%n", failure.role(), failure.plugin(), failure.reason());
            }
        }
        out.flush();
        return Lim.OK;
    }

    private static void printBundledRulePacks(Engine engine, PrintWriter out) {
        String format = "%-22s %-10s %s%n";
        out.println();
        out.println("BUNDLED INDICATOR RULE PACKS (in lim-core, not plugins)");
        out.printf(format, "ID", "VERSION", "SOURCE");
        for (JsonRulePack pack : RulePacks.all()) {
            String source = pack.source();
            if (engine.findPlugin(IndicatorRulePack.class, pack.id()).isPresent()) {
                source = "(replaced by the plugin with this id) " + source;
            }
            out.printf(format, pack.id(), pack.version(), source);
        }
    }
}
