package ee.lim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;

/** Compiles small plugin sources at test time, so discovery is tested on real jars' layout. */
final class PluginCompiler {
    private PluginCompiler() {}

    /**
     * Writes the sources under {@code dir/src}, compiles them into {@code dir/classes} and writes
     * the resources there too.
     */
    static Path compile(
            Path dir, Map<String, String> sources, Map<String, String> resources, boolean asModule)
            throws IOException {
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        List<String> args = new ArrayList<>();
        args.add("-d");
        args.add(classes.toString());
        args.add("--release");
        args.add("17");
        String spiLocation = locationOf(ee.lim.spi.LimPlugin.class);
        args.add(asModule ? "--module-path" : "--class-path");
        args.add(spiLocation);
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            args.add(file.toString());
        }
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = javac.run(print, print, args.toArray(new String[0]));
        assertEquals(0, status, "javac failed: " + out.toString(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> resource : resources.entrySet()) {
            Path file = classes.resolve(resource.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, resource.getValue(), StandardCharsets.UTF_8);
        }
        return classes;
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Source of a minimal cohort source plugin. */
    static String cohortSource(String pkg, String className, String id, String constructorBody) {
        return "package "
                + pkg
                + ";\n"
                + "public final class "
                + className
                + " implements ee.lim.spi.CohortSource {\n"
                + "  public "
                + className
                + "() { "
                + constructorBody
                + " }\n"
                + "  public String id() { return \""
                + id
                + "\"; }\n"
                + "  public String version() { return \"1.0\"; }\n"
                + "  public int spiVersion() { return ee.lim.spi.SpiVersion.CURRENT; }\n"
                + "  public ee.lim.spi.ImportReport read(ee.lim.spi.SourceInput in, ee.lim.spi.model.CohortSink sink) {\n"
                + "    return new ee.lim.spi.ImportReport(id(), java.util.Map.of(), java.util.List.of(), \"\");\n"
                + "  }\n"
                + "}\n";
    }
}
