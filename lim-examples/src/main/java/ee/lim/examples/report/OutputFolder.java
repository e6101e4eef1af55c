package ee.lim.examples.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Replaces an output folder as a whole: files are written into a fresh temporary folder beside the
 * target, which is then moved into place. If writing fails, the temporary folder is deleted and the
 * target stays as it was.
 *
 * <p>An existing target is replaced only when it is empty or contains an earlier LIM output (a
 * {@code report.json}), so a mistyped {@code --out} never deletes someone's documents. Stateless
 * and thread-safe; concurrent writers to one target are not supported.
 */
public final class OutputFolder {
    private static final String MARKER = "report.json";

    private OutputFolder() {}

    /** Writes files into a folder. */
    @FunctionalInterface
    public interface Writer {
        /**
         * Writes the files.
         *
         * @param folder the empty temporary folder to write into
         * @throws IOException if a file cannot be written
         */
        void writeInto(Path folder) throws IOException;
    }

    /** Thrown when the target exists and is not an earlier LIM output. */
    public static final class NotAnOutputFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        /**
         * Creates the exception.
         *
         * @param message what is wrong and what to do
         */
        public NotAnOutputFolderException(String message) {
            super(message);
        }
    }

    /**
     * Writes a new folder and moves it to {@code target}.
     *
     * @param target the output folder; never {@code null}
     * @param writer writes the files; never {@code null}
     * @throws IOException if writing or moving fails; {@code target} is then unchanged
     * @throws NotAnOutputFolderException if {@code target} exists and is not an earlier output
     */
    public static void replace(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        checkReplaceable(absolute);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
        Path old = null;
        try {
            writer.writeInto(temp);
            if (Files.exists(absolute)) {
                old = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".old-");
                Files.delete(old);
                move(absolute, old);
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException e) {
            deleteRecursively(temp);
            if (old != null && Files.exists(old) && !Files.exists(absolute)) {
                move(old, absolute);
                old = null;
            }
            throw e;
        }
        if (old != null) {
            deleteRecursively(old);
        }
    }

    /**
     * Checks, before any work is done, that {@link #replace} may replace a folder.
     *
     * @param target the output folder; never {@code null}
     * @throws NotAnOutputFolderException if {@code target} is a file, or a folder that contains
     *     files but no earlier LIM output
     * @throws IOException if the folder cannot be listed
     */
    public static void checkReplaceable(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new NotAnOutputFolderException(
                    "The output path " + target + " is a file; give a folder with --out");
        }
        try (Stream<Path> entries = Files.list(target)) {
            boolean empty = entries.findAny().isEmpty();
            if (!empty && !Files.isRegularFile(target.resolve(MARKER))) {
                throw new NotAnOutputFolderException(
                        "The output folder "
                                + target
                                + " contains files that are not a LIM report; give an empty or new"
                                + " folder with --out");
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(
                folder,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException exc)
                            throws IOException {
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
