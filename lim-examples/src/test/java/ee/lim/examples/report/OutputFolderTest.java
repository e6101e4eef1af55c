package ee.lim.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
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

    @Test
    void replace_foreignFilesBesideReport_rejected() throws IOException {
        Path out = Files.createDirectory(temp.resolve("project"));
        Files.writeString(out.resolve("report.json"), "someone else's");
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.createDirectory(out.resolve("data"));

        OutputFolder.NotAnOutputFolderException thrown =
                assertThrows(
                        OutputFolder.NotAnOutputFolderException.class,
                        () ->
                                OutputFolder.replace(
                                        out,
                                        OWN,
                                        folder ->
                                                Files.writeString(
                                                        folder.resolve("report.json"), "new")));

        assertTrue(thrown.getMessage().contains("'data'"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("choose another folder"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("empty this one"), thrown.getMessage());
        assertEquals("someone else's", Files.readString(out.resolve("report.json")));
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertTrue(Files.isDirectory(out.resolve("data")));
        assertEquals(List.of("project"), siblings(), "no temporary folder left");
    }

    @Test
    void replace_folderNamedLikeOwnFile_rejected() throws IOException {
        Path out = Files.createDirectory(temp.resolve("out"));
        Path folder = Files.createDirectory(out.resolve("students.csv"));
        Files.writeString(folder.resolve("kept.txt"), "mine");

        assertThrows(
                OutputFolder.NotAnOutputFolderException.class,
                () -> OutputFolder.replace(out, OWN, written -> {}));

        assertEquals("mine", Files.readString(folder.resolve("kept.txt")));
    }

    @Test
    void checkReplaceable_file_rejected() throws IOException {
        Path file = Files.writeString(temp.resolve("report.json"), "{}");

        assertThrows(
                OutputFolder.NotAnOutputFolderException.class,
                () -> OutputFolder.checkReplaceable(file, OWN));

        assertEquals("{}", Files.readString(file));
    }

    @Test
    void checkReplaceable_emptyFolder_accepted() throws IOException {
        Path out = Files.createDirectory(temp.resolve("out"));

        OutputFolder.checkReplaceable(out, OWN);

        assertTrue(Files.isDirectory(out));
    }

    @Test
    void replace_undeclaredFile_failsAndKeepsTarget() throws IOException {
        Path out = temp.resolve("out");
        OutputFolder.replace(
                out, OWN, folder -> Files.writeString(folder.resolve("report.json"), "1"));

        assertThrows(
                IllegalStateException.class,
                () ->
                        OutputFolder.replace(
                                out,
                                OWN,
                                folder -> Files.writeString(folder.resolve("x.txt"), "")));

        assertEquals("1", Files.readString(out.resolve("report.json")));
        assertEquals(List.of("out"), siblings());
    }

    @Test
    void replace_posixFileSystem_readableByOthers() throws IOException {
        assumeTrue(
                Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class),
                "the file system has no POSIX permissions");
        Path out = temp.resolve("out");

        OutputFolder.replace(
                out, OWN, folder -> Files.writeString(folder.resolve("report.json"), "{}"));

        assertEquals(
                "rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals(
                "rw-r--r--",
                PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(out.resolve("report.json"))));
    }
}
