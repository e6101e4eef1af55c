package ee.lim.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.LimPlugin;
import ee.lim.spi.PluginException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The entry point of LIM: the set of plugins an application works with, and the clock.
 *
 * <p>Build one with {@link #builder()}, passing plugins explicitly, discovering them with {@link
 * java.util.ServiceLoader}, or both. An engine once built is immutable and safe to share between
 * threads; the plugins it holds are required to be thread-safe too.
 *
 * <pre>{@code
 * Engine engine = Engine.builder().discover().build();
 * CohortSource uci = engine.plugin(CohortSource.class, "uci");
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Engine {
    private final Map<Class<? extends LimPlugin>, Map<String, LimPlugin>> pluginsByRole;
    private final List<PluginInfo> infos;
    private final List<PluginFailure> failures;
    private final Clock clock;

    Engine(
            Map<Class<? extends LimPlugin>, Map<String, LimPlugin>> pluginsByRole,
            List<PluginInfo> infos,
            List<PluginFailure> failures,
            Clock clock) {
        Map<Class<? extends LimPlugin>, Map<String, LimPlugin>> copy = new LinkedHashMap<>();
        pluginsByRole.forEach((role, byId) -> copy.put(role, Map.copyOf(byId)));
        this.pluginsByRole = Map.copyOf(copy);
        this.infos = List.copyOf(infos);
        this.failures = List.copyOf(failures);
        this.clock = clock;
    }

    /**
     * Starts a builder with no plugins and the system clock in UTC.
     *
     * @return a new builder; not thread-safe
     */
    public static EngineBuilder builder() {
        return new EngineBuilder();
    }

    /**
     * Finds a plugin by role and id.
     *
     * @param role the SPI interface, such as {@code CohortSource.class}; never {@code null}
     * @param id the plugin id; never {@code null}
     * @param <T> the role type
     * @return the plugin
     * @throws PluginException if no plugin of that role has the id; the message lists those that do
     *     exist
     */
    public <T extends LimPlugin> T plugin(Class<T> role, String id) {
        return findPlugin(role, id)
                .orElseThrow(
                        () ->
                                new PluginException(
                                        id,
                                        "No "
                                                + role.getSimpleName()
                                                + " plugin with id '"
                                                + id
                                                + "'; available: "
                                                + ids(role),
                                        null));
    }

    /**
     * Finds a plugin by role and id, if present.
     *
     * @param role the SPI interface; never {@code null}
     * @param id the plugin id; never {@code null}
     * @param <T> the role type
     * @return the plugin, or empty
     */
    public <T extends LimPlugin> Optional<T> findPlugin(Class<T> role, String id) {
        LimPlugin plugin = pluginsByRole.getOrDefault(role, Map.of()).get(id);
        return Optional.ofNullable(plugin).map(role::cast);
    }

    /**
     * Returns every plugin of a role, sorted by id.
     *
     * @param role the SPI interface; never {@code null}
     * @param <T> the role type
     * @return the plugins; never {@code null}, possibly empty
     */
    public <T extends LimPlugin> List<T> plugins(Class<T> role) {
        return pluginsByRole.getOrDefault(role, Map.of()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> role.cast(entry.getValue()))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the ids of the plugins of a role, sorted.
     *
     * @param role the SPI interface; never {@code null}
     * @return the ids; never {@code null}
     */
    public List<String> ids(Class<? extends LimPlugin> role) {
        List<String> ids = new ArrayList<>(pluginsByRole.getOrDefault(role, Map.of()).keySet());
        ids.sort(null);
        return List.copyOf(ids);
    }

    /**
     * Returns what was loaded, one entry per plugin and role, in role and id order.
     *
     * @return the loaded plugins; never {@code null}
     */
    public List<PluginInfo> pluginInfos() {
        return infos;
    }

    /**
     * Returns the plugins that failed to load and why.
     *
     * @return the failures; never {@code null}, empty when all loaded
     */
    public List<PluginFailure> failures() {
        return failures;
    }

    /**
     * Returns the clock every computation of this engine reads "today" from.
     *
     * @return the clock; never {@code null}
     */
    public Clock clock() {
        return clock;
    }
}
