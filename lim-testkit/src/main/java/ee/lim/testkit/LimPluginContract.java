package ee.lim.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.LimPlugin;
import ee.lim.spi.SpiVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checks that every plugin shares: a valid id, a version, a supported SPI version, and a
 * registration that module-path and class-path users both see.
 *
 * <p>Plugin authors do not extend this class directly but one of its role-specific subclasses, such
 * as {@link CohortSourceContract}.
 *
 * @param <T> the plugin role
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class LimPluginContract<T extends LimPlugin> {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    /** Creates the contract. */
    protected LimPluginContract() {}

    /**
     * Creates the plugin under test. Called once per test.
     *
     * @return a new or shared instance; never {@code null}
     */
    protected abstract T createPlugin();

    /**
     * Returns the SPI interface the plugin is registered under.
     *
     * @return the role, such as {@code CohortSource.class}
     */
    protected abstract Class<? super T> role();

    @Test
    void identity_isValid() {
        T plugin = createPlugin();

        assertNotNull(plugin.id(), "id()");
        assertTrue(ID.matcher(plugin.id()).matches(), "id '" + plugin.id() + "' must match " + ID);
        assertNotNull(plugin.version(), "version()");
        assertFalse(plugin.version().isBlank(), "version() is blank");
        assertNotNull(plugin.description(), "description()");
    }

    @Test
    void spiVersion_isSupported() {
        int version = createPlugin().spiVersion();

        assertTrue(
                SpiVersion.isSupported(version),
                "spiVersion "
                        + version
                        + " outside ["
                        + SpiVersion.MINIMUM_SUPPORTED
                        + ", "
                        + SpiVersion.CURRENT
                        + "]");
    }

    /**
     * Tells whether the plugin is meant to be discovered through {@link java.util.ServiceLoader}.
     * Built-in defaults that users construct directly, such as in-memory stores, return {@code
     * false}, and the registration checks are skipped for them.
     *
     * @return {@code true} by default
     */
    protected boolean discoverable() {
        return true;
    }

    @Test
    void registration_inServicesFile() throws IOException {
        Assumptions.assumeTrue(discoverable(), "constructed directly, not discovered");
        Class<?> type = createPlugin().getClass();
        String resource = "META-INF/services/" + role().getName();

        List<String> listed = new ArrayList<>();
        Enumeration<URL> urls = type.getClassLoader().getResources(resource);
        while (urls.hasMoreElements()) {
            listed.addAll(providerNames(urls.nextElement()));
        }
        InputStream inModule = type.getModule().getResourceAsStream(resource);
        if (inModule != null) {
            try (inModule) {
                listed.addAll(parse(inModule));
            }
        }

        assertTrue(
                listed.contains(type.getName()),
                type.getName()
                        + " is not listed in "
                        + resource
                        + "; class-path users will not find it");
    }

    @Test
    void registration_inModuleProvides() {
        Assumptions.assumeTrue(discoverable(), "constructed directly, not discovered");
        Class<?> type = createPlugin().getClass();
        Module module = type.getModule();
        if (!module.isNamed()) {
            // On the class path there is no module descriptor to check.
            return;
        }

        ModuleDescriptor descriptor = module.getDescriptor();
        boolean provided =
                descriptor.provides().stream()
                        .anyMatch(
                                p ->
                                        p.service().equals(role().getName())
                                                && p.providers().contains(type.getName()));

        assertTrue(
                provided,
                "module "
                        + module.getName()
                        + " does not say: provides "
                        + role().getName()
                        + " with "
                        + type.getName());
    }

    @Test
    void id_isStable() {
        assertEquals(createPlugin().id(), createPlugin().id());
    }

    private static List<String> providerNames(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return parse(in);
        }
    }

    private static List<String> parse(InputStream in) throws IOException {
        List<String> names = new ArrayList<>();
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            int comment = line.indexOf('#');
            String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
