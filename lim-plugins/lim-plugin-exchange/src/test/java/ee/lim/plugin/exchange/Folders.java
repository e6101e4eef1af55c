package ee.lim.plugin.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Locates the committed example and corpus folders and copies them for a test. */
final class Folders {
    private Folders() {}

    /** Returns docs/examples/exchange of the repository. */
    static Path example() {
        String root = System.getProperty("lim.repo.root");
        Path base = root != null ? Path.of(root) : Path.of("../..");
        Path folder = base.resolve("docs/examples/exchange");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("example folder not found: " + folder.toAbsolutePath());
        }
        return folder;
    }

    /** Returns a folder of the malformed-input corpus. */
    static Path malformed(String name) {
        Path folder = Path.of("src/test/resources/malformed").resolve(name);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("corpus folder not found: " + folder.toAbsolutePath());
        }
        return folder;
    }

    /** Copies the files of a folder into a target folder. */
    static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
