package ee.lim.plugin.uci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.PluginException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UciDatasetsTest {

    @Test
    void bundledStudentPor_isOriginalFile() throws Exception {
        Path file = UciDatasets.bundledStudentPor();

        assertEquals(93_220, Files.size(file));
        assertTrue(Files.readString(file).startsWith("school;sex;age;"));
        assertEquals(file, UciDatasets.bundledStudentPor(), "the path is cached");
    }

    @Test
    void bundledStudentPor_sameFileOnEveryCall() {
        assertEquals(UciDatasets.bundledStudentPor(), UciDatasets.bundledStudentPor());
    }

    @Test
    void bundledStudentPorInput_namesCourse() {
        assertEquals("por", UciDatasets.bundledStudentPorInput().option("course", null));
    }

    @Test
    void licence_besideBundledFile() throws Exception {
        Path licence = UciDatasets.bundledStudentPor().resolveSibling("LICENSE-student-por.txt");

        String text = Files.readString(licence);

        assertTrue(text.contains("CC BY 4.0"), "licence");
        assertTrue(text.contains("FUBUTEC 2008"), "citation");
        assertTrue(
                text.contains("https://archive.ics.uci.edu/dataset/320/student+performance"),
                "UCI page");
    }

    @Test
    void toFile_copiesResourceOutOfJar(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("plugin.jar");
        byte[] content = Files.readAllBytes(UciDatasets.bundledStudentPor());
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out)) {
            jarOut.putNextEntry(new JarEntry("ee/lim/plugin/uci/data/student-por.csv"));
            jarOut.write(content);
            jarOut.closeEntry();
        }
        URL inJar =
                URI.create("jar:" + jar.toUri() + "!/ee/lim/plugin/uci/data/student-por.csv")
                        .toURL();

        Path copy = UciDatasets.toFile(inJar, dir);

        assertNotEquals(jar, copy);
        assertEquals(dir, copy.getParent());
        assertTrue(copy.getFileName().toString().startsWith(UciDatasets.PREFIX));
        assertEquals(-1L, Files.mismatch(copy, UciDatasets.bundledStudentPor()));
    }

    @Test
    void toFile_missingEntryThrowsPluginException(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("empty.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out)) {
            jarOut.putNextEntry(new JarEntry("other.txt"));
            jarOut.closeEntry();
        }
        URL missing = URI.create("jar:" + jar.toUri() + "!/student-por.csv").toURL();

        assertThrows(PluginException.class, () -> UciDatasets.toFile(missing, dir));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(jar), files.toList(), "no copy is left behind");
        }
    }
}
