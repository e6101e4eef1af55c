package ee.lim.examples.cli;

import ee.lim.core.Engine;
import ee.lim.core.PluginInfo;
import ee.lim.examples.report.PluginRef;
import ee.lim.spi.CohortSource;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.JurisdictionProfile;
import ee.lim.spi.LimPlugin;
import ee.lim.spi.Pseudonymiser;
import ee.lim.spi.RiskModelProvider;
import ee.lim.spi.ServiceCatalogueSource;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Finds plugins for the commands and turns an unknown id into a usage error. */
final class Plugins {
    private static final List<Class<? extends LimPlugin>> ROLES =
            List.of(
                    CohortSource.class,
                    JurisdictionProfile.class,
                    IndicatorRulePack.class,
                    RiskModelProvider.class,
                    ServiceCatalogueSource.class,
                    Pseudonymiser.class);

    private Plugins() {}

    static Engine engine() {
        return Engine.builder().discover().build();
    }

    /**
     * Finds a plugin by role and id.
     *
     * @throws ParameterException naming the option and the ids that exist, if none has the id
     */
    static <T extends LimPlugin> T require(
            Engine engine, Class<T> role, String id, CommandLine commandLine, String option) {
        Optional<T> plugin = engine.findPlugin(role, id);
        if (plugin.isEmpty()) {
            List<String> ids = engine.ids(role);
            throw new ParameterException(
                    commandLine,
                    "Unknown "
                            + option
                            + " '"
                            + id
                            + "': no "
                            + role.getSimpleName()
                            + " plugin has this id; available: "
                            + (ids.isEmpty() ? "none" : String.join(", ", ids))
                            + " (see 'lim plugins')");
        }
        return plugin.get();
    }

    static String description(Engine engine, PluginInfo info) {
        for (Class<? extends LimPlugin> role : ROLES) {
            if (role.getSimpleName().equals(info.role())) {
                return engine.findPlugin(role, info.id()).map(LimPlugin::description).orElse("");
            }
        }
        return "";
    }

    static PluginRef ref(Engine engine, LimPlugin plugin) {
        return engine.pluginInfos().stream()
                .filter(
                        info ->
                                info.id().equals(plugin.id())
                                        && info.className().equals(plugin.getClass().getName()))
                .findFirst()
                .map(
                        info ->
                                new PluginRef(
                                        info.role(), info.id(), info.version(), info.spiVersion()))
                .orElse(
                        new PluginRef(
                                plugin.getClass().getSimpleName(),
                                plugin.id(),
                                plugin.version(),
                                plugin.spiVersion()));
    }
}
