package ee.lim.examples.cli;

import ee.lim.core.Engine;
import ee.lim.core.PluginFailure;
import ee.lim.core.PluginInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lim plugins}: lists the plugins found and those that failed to load. */
@Command(
        name = "plugins",
        mixinStandardHelpOptions = true,
        description =
                "List the plugins found, with id, version and SPI version, and any that failed.")
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
}
