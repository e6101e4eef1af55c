package ee.lim.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.LimPlugin;
import ee.lim.spi.PluginException;
import ee.lim.spi.SpiVersion;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Collects plugins for an {@link Engine}.
 *
 * <p>Plugins come from {@link #plugin(LimPlugin)} or from {@link java.util.ServiceLoader} through
 * the {@code discover} methods, which look on the module path and on the class path. A provider
 * that throws while it is created, whose id is invalid, or that reports an unsupported SPI version
 * is recorded in {@link Engine#failures()} by id or class name, logged at WARNING, and left out;
 * the others load. Two different providers with one id in one role make {@link #build()} fail with
 * both named.
 *
 * <p>A builder is not thread-safe; the engine it builds is.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EngineBuilder {
    private static final System.Logger LOG = System.getLogger(EngineBuilder.class.getName());
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<PluginFailure> failures = new ArrayList<>();
    private Clock clock = Clock.systemUTC();

    EngineBuilder() {}

    private record Candidate(LimPlugin plugin, PluginInfo.Origin origin) {}

    /**
     * Adds a plugin explicitly.
     *
     * @param plugin the plugin; never {@code null}
     * @return this builder
     * @throws NullPointerException if {@code plugin} is {@code null}
     */
    public EngineBuilder plugin(LimPlugin plugin) {
        candidates.add(
                new Candidate(
                        Objects.requireNonNull(plugin, "plugin"), PluginInfo.Origin.EXPLICIT));
        return this;
    }

    /**
     * Discovers plugins visible to LIM itself: on the module path through the module layer of
     * {@code ee.lim.core}, and on the class path through its class loader.
     *
     * @return this builder
     */
    public EngineBuilder discover() {
        Module module = EngineBuilder.class.getModule();
        if (module.isNamed() && module.getLayer() != null) {
            discover(module.getLayer());
        }
        return discover(EngineBuilder.class.getClassLoader());
    }

    /**
     * Discovers plugins through a class loader, for plugins on a class path, such as a JShell
     * session or a folder of plugin jars an application loads itself.
     *
     * @param loader the class loader; never {@code null}
     * @return this builder
     * @throws NullPointerException if {@code loader} is {@code null}
     */
    public EngineBuilder discover(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        for (Class<? extends LimPlugin> role : PluginRoles.all()) {
            PluginLoader.load(ServiceLoader.load(role, loader), role, this::discovered, failures);
        }
        return this;
    }

    /**
     * Discovers plugins in a module layer and its parents.
     *
     * @param layer the layer; never {@code null}
     * @return this builder
     * @throws NullPointerException if {@code layer} is {@code null}
     */
    public EngineBuilder discover(ModuleLayer layer) {
        Objects.requireNonNull(layer, "layer");
        for (Class<? extends LimPlugin> role : PluginRoles.all()) {
            PluginLoader.load(ServiceLoader.load(layer, role), role, this::discovered, failures);
        }
        return this;
    }

    /**
     * Sets the clock the engine reads "today" from; tests pass a fixed clock.
     *
     * @param newClock the clock; never {@code null}
     * @return this builder
     * @throws NullPointerException if {@code newClock} is {@code null}
     */
    public EngineBuilder clock(Clock newClock) {
        this.clock = Objects.requireNonNull(newClock, "clock");
        return this;
    }

    private void discovered(LimPlugin plugin) {
        candidates.add(new Candidate(plugin, PluginInfo.Origin.DISCOVERED));
    }

    /**
     * Builds the engine.
     *
     * @return the engine; immutable and thread-safe
     * @throws PluginException if two different provider classes share an id within a role; the
     *     message names both
     */
    public Engine build() {
        List<PluginFailure> allFailures = new ArrayList<>(failures);
        Map<Class<? extends LimPlugin>, Map<String, LimPlugin>> byRole = new LinkedHashMap<>();
        List<PluginInfo> infos = new ArrayList<>();

        for (Candidate candidate : candidates) {
            LimPlugin plugin = candidate.plugin();
            String className = plugin.getClass().getName();
            for (Class<? extends LimPlugin> role : PluginRoles.rolesOf(plugin)) {
                PluginInfo info = describe(plugin, role, candidate.origin(), allFailures);
                if (info == null) {
                    continue;
                }
                Map<String, LimPlugin> byId = byRole.computeIfAbsent(role, r -> new TreeMap<>());
                LimPlugin existing = byId.get(info.id());
                if (existing == null) {
                    byId.put(info.id(), plugin);
                    infos.add(info);
                } else if (!existing.getClass().getName().equals(className)) {
                    throw new PluginException(
                            info.id(),
                            "Two "
                                    + role.getSimpleName()
                                    + " plugins have the id '"
                                    + info.id()
                                    + "': "
                                    + existing.getClass().getName()
                                    + " and "
                                    + className
                                    + "; remove one of them or give it another id",
                            null);
                }
                // The same class found twice (module path and class path) is one plugin.
            }
        }

        infos.sort(Comparator.comparing(PluginInfo::role).thenComparing(PluginInfo::id));
        LOG.log(
                System.Logger.Level.DEBUG,
                "Engine built with {0} plugins and {1} failures",
                infos.size(),
                allFailures.size());
        return new Engine(byRole, infos, allFailures, clock);
    }

    private static PluginInfo describe(
            LimPlugin plugin,
            Class<? extends LimPlugin> role,
            PluginInfo.Origin origin,
            List<PluginFailure> failures) {
        String className = plugin.getClass().getName();
        String roleName = role.getSimpleName();
        String id;
        String version;
        int spiVersion;
        try {
            id = plugin.id();
            version = plugin.version();
            spiVersion = plugin.spiVersion();
        } catch (RuntimeException | LinkageError error) {
            fail(failures, roleName, className, "failed to report its id or version: " + error);
            return null;
        }
        if (id == null || !ID.matcher(id).matches()) {
            fail(
                    failures,
                    roleName,
                    className,
                    "has an invalid id '"
                            + id
                            + "'; ids use lower-case letters, digits, '-' and '.', up to 64");
            return null;
        }
        if (version == null || version.isBlank()) {
            fail(failures, roleName, id, "reports no version; return one from version()");
            return null;
        }
        if (!SpiVersion.isSupported(spiVersion)) {
            fail(
                    failures,
                    roleName,
                    id,
                    "was built against SPI version "
                            + spiVersion
                            + ", but this LIM supports "
                            + SpiVersion.MINIMUM_SUPPORTED
                            + " to "
                            + SpiVersion.CURRENT
                            + "; use a plugin release built for this LIM");
            return null;
        }
        return new PluginInfo(roleName, id, version, spiVersion, className, origin);
    }

    private static void fail(
            List<PluginFailure> failures, String role, String plugin, String reason) {
        failures.add(new PluginFailure(role, plugin, reason));
        LOG.log(System.Logger.Level.WARNING, "{0} plugin {1} {2}", role, plugin, reason);
    }
}
