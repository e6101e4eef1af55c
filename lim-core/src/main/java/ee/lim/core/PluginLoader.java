package ee.lim.core;

import ee.lim.spi.LimPlugin;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Finds providers with {@link ServiceLoader} and isolates failures: a provider that cannot be
 * instantiated is reported and the iteration goes on with the next one.
 */
final class PluginLoader {
    private static final System.Logger LOG = System.getLogger(PluginLoader.class.getName());

    private PluginLoader() {}

    static void load(
            ServiceLoader<? extends LimPlugin> loader,
            Class<? extends LimPlugin> role,
            Consumer<LimPlugin> found,
            List<PluginFailure> failures) {
        Iterator<? extends ServiceLoader.Provider<? extends LimPlugin>> providers =
                loader.stream().iterator();
        while (true) {
            ServiceLoader.Provider<? extends LimPlugin> provider;
            try {
                if (!providers.hasNext()) {
                    return;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError error) {
                // A provider named in META-INF/services that cannot be found or is no subtype.
                report(failures, role, "unknown provider", error);
                continue;
            }
            String className = provider.type().getName();
            LimPlugin plugin;
            try {
                plugin = provider.get();
            } catch (ServiceConfigurationError | RuntimeException | LinkageError error) {
                report(failures, role, className, error);
                continue;
            }
            LOG.log(
                    System.Logger.Level.DEBUG,
                    "Found {0} provider {1}",
                    role.getSimpleName(),
                    className);
            found.accept(plugin);
        }
    }

    private static void report(
            List<PluginFailure> failures,
            Class<? extends LimPlugin> role,
            String plugin,
            Throwable error) {
        Throwable root = error.getCause() != null ? error.getCause() : error;
        String reason =
                "failed to load: "
                        + root.getClass().getSimpleName()
                        + (root.getMessage() == null ? "" : ": " + root.getMessage())
                        + "; fix or remove the provider";
        failures.add(new PluginFailure(role.getSimpleName(), plugin, reason));
        LOG.log(
                System.Logger.Level.WARNING,
                "{0} plugin {1} {2}",
                role.getSimpleName(),
                plugin,
                reason);
    }
}
