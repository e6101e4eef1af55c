package ee.lim.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of the command line, as the build wrote it into {@code version.properties}. */
final class Version implements IVersionProvider {
    private static final String VERSION = load();

    static String current() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "lim " + VERSION,
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "") + ")"
        };
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
