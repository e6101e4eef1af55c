package ee.lim.plugin.uci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.PluginException;
import ee.lim.spi.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The data bundled with the UCI plugin: the Portuguese-language course file of the UCI Student
 * Performance data set, {@code student-por.csv} (649 students, school year 2005/06).
 *
 * <p>Licence CC BY 4.0. Cite P. Cortez and A. Silva, "Using Data Mining to Predict Secondary School
 * Student Performance", FUBUTEC 2008, pp. 5–12, and
 * https://archive.ics.uci.edu/dataset/320/student+performance. The licence text sits beside the
 * file as {@code ee/lim/plugin/uci/data/LICENSE-student-por.txt}.
 *
 * <p>Thread-safe: the file is extracted at most once per class loader and reused.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UciDatasets {
    /** The resource path of the bundled file, relative to this class. */
    static final String STUDENT_POR = "data/student-por.csv";

    /** The name prefix of the temporary copy. */
    static final String PREFIX = "lim-uci-student-por-";

    private static Path extracted;

    private UciDatasets() {}

    /**
     * Returns a file path of the bundled {@code student-por.csv}.
     *
     * <p>When the plugin runs from a jar, the file is copied to one temporary file per class
     * loader, {@code lim-uci-student-por-<digits>.csv} in {@code java.io.tmpdir}, which later calls
     * reuse and which is deleted when the JVM exits normally (a JVM that is killed leaves it
     * behind). When the plugin runs from a folder of classes, the path of the resource itself is
     * returned and nothing is copied.
     *
     * @return a readable file; never {@code null}
     * @throws PluginException if the resource is missing from the plugin or cannot be copied
     */
    public static synchronized Path bundledStudentPor() {
        if (extracted != null && Files.isRegularFile(extracted)) {
            return extracted;
        }
        URL url = UciDatasets.class.getResource(STUDENT_POR);
        if (url == null) {
            throw new PluginException(
                    "uci", "The bundled student-por.csv is missing from the uci plugin", null);
        }
        extracted = toFile(url, null);
        return extracted;
    }

    /**
     * Returns a file with the content of a resource: the file itself for a {@code file:} URL,
     * otherwise a new temporary copy that is deleted when the JVM exits. When the copy fails, no
     * file is left behind.
     *
     * @param url the resource
     * @param directory the folder of the copy, or {@code null} for {@code java.io.tmpdir}
     * @return a readable file
     * @throws PluginException if the resource cannot be read or copied
     */
    static Path toFile(URL url, Path directory) {
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            try (InputStream in = url.openStream()) {
                Path copy =
                        directory == null
                                ? Files.createTempFile(PREFIX, ".csv")
                                : Files.createTempFile(directory, PREFIX, ".csv");
                try {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(copy);
                    throw e;
                }
                copy.toFile().deleteOnExit();
                return copy;
            }
        } catch (IOException | URISyntaxException e) {
            throw new PluginException(
                    "uci",
                    "The bundled student-por.csv cannot be copied to a temporary file: "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }

    /**
     * Returns an input for the {@code uci} cohort source that reads the bundled file as the
     * Portuguese-language course ({@code course=por}).
     *
     * @return the input; never {@code null}
     * @throws PluginException if the bundled file cannot be provided
     */
    public static SourceInput bundledStudentPorInput() {
        return new SourceInput(bundledStudentPor(), Map.of("course", "por"));
    }
}
