package ee.lim.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    private static final Set<String> OWN = Set.of("report.json", "students.csv");

    @TempDir Path temp;

    private List<String> siblings() throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replace_newFolder_written() throws IOException {
        Path out = temp.resolve("out");

        OutputFolder.replace(
                out, OWN, folder -> Files.writeString(folder.resolve("report.json"), "{}"));

        assertEquals("{}", Files.readString(out.resolve("report.json")));
        assertEquals(List.of("out"), siblings(), "no temporary folder left");
    }

    @Test
    void replace_failingWriter_keepsEarlierOutput() throws IOException {
        Path out = temp.resolve("out");
        OutputFolder.replace(
                out, OWN, folder -> Files.writeString(folder.resolve("report.json"), "1"));

        IOException thrown =
                assertThrows(
                        IOException.class,
                        () ->
                                OutputFolder.replace(
                                        out,
                                        OWN,
                                        folder -> {
                                            Files.writeString(folder.resolve("report.json"), "2");
                                            throw new IOException("disk full");
                                        }));

        assertEquals("disk full", thrown.getMessage());
        assertEquals("1", Files.readString(out.resolve("report.json")));
        assertEquals(List.of("out"), siblings(), "no half-written folder left");
    }

    @Test
    void replace_earlierOutput_replacedWhole() throws IOException {
        Path out = temp.resolve("out");
        OutputFolder.replace(
                out,
                OWN,
                folder -> {
                    Files.writeString(folder.resolve("report.json"), "1");
                    Files.writeString(folder.resolve("students.csv"), "x");
                });

        OutputFolder.replace(
                out, OWN, folder -> Files.writeString(folder.resolve("report.json"), "2"));

        assertEquals("2", Files.readString(out.resolve("report.json")));
        assertFalse(Files.exists(out.resolve("students.csv")));
        assertEquals(List.of("out"), siblings());
    }

    @Test
    void replace_foreignFolder_rejected() throws IOException {
        Path out = Files.createDirectory(temp.resolve("documents"));
        Files.writeString(out.resolve("thesis.txt"), "mine");

        assertThrows(
                OutputFolder.NotAnOutputFolderException.class,
                () -> OutputFolder.replace(out, OWN, folder -> {}));

        assertTrue(Files.exists(out.resolve("thesis.txt")));
    }
}
