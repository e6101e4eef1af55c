package ee.lim.examples.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Replaces an output folder as a whole: files are written into a fresh temporary folder beside the
 * target, which is then moved into place. If writing fails, the temporary folder is deleted and the
 * target stays as it was.
 *
 * <p>An existing target is replaced only when it is empty or every entry in it is a regular file
 * whose name is one of the files the caller writes, so a mistyped {@code --out} never deletes
 * someone's documents. Only those files are deleted from the earlier output. Where the file system
 * supports POSIX permissions, the new folder gets {@code rwxr-xr-x} and its files {@code
 * rw-r--r--}, so other users on a shared server can read the report. Stateless and thread-safe;
 * concurrent writers to one target are not supported.
 */
public final class OutputFolder {
    private static final Set<PosixFilePermission> FOLDER_PERMISSIONS =
            PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE_PERMISSIONS =
            PosixFilePermissions.fromString("rw-r--r--");

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
     * @param fileNames the names of the files {@code writer} writes; never {@code null}. An
     *     existing target may contain only these files
     * @param writer writes the files; never {@code null}. Writing a file whose name is not in
     *     {@code fileNames}, or a subfolder, is an error
     * @throws IOException if writing or moving fails; {@code target} is then unchanged
     * @throws NotAnOutputFolderException if {@code target} exists and is not an earlier output
     */
    public static void replace(Path target, Set<String> fileNames, Writer writer)
            throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        checkReplaceable(absolute, fileNames);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
        Path old = null;
        try {
            writer.writeInto(temp);
            checkWrittenFiles(temp, fileNames);
            setReadableByAll(temp);
            if (Files.exists(absolute)) {
                old = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".old-");
                Files.delete(old);
                move(absolute, old);
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException e) {
            deleteOwnFolder(temp);
            if (old != null && Files.exists(old) && !Files.exists(absolute)) {
                move(old, absolute);
                old = null;
            }
            throw e;
        }
        if (old != null) {
            deleteOwnFiles(old, fileNames);
        }
    }

    /**
     * Checks, before any work is done, that {@link #replace} may replace a folder.
     *
     * @param target the output folder; never {@code null}
     * @param fileNames the names of the files the run writes; never {@code null}
     * @throws NotAnOutputFolderException if {@code target} is a file, or a folder with an entry
     *     that is not a regular file named in {@code fileNames}; the message names the first such
     *     entry
     * @throws IOException if the folder cannot be listed
     */
    public static void checkReplaceable(Path target, Set<String> fileNames) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotAnOutputFolderException(
                    "The output path "
                            + target
                            + " is not a folder; choose another folder with --out");
        }
        checkOwnFiles(
                target,
                fileNames,
                "The output folder " + target + " contains files that LIM did not write");
    }

    private static void checkOwnFiles(Path folder, Set<String> fileNames, String problem)
            throws IOException {
        Optional<Path> foreign;
        try (Stream<Path> entries = Files.list(folder)) {
            foreign =
                    entries.filter(entry -> !isOwnFile(entry, fileNames))
                            .map(Path::getFileName)
                            .sorted()
                            .findFirst();
        }
        if (foreign.isPresent()) {
            throw new NotAnOutputFolderException(
                    problem
                            + ", such as '"
                            + foreign.get()
                            + "'; choose another folder with --out, or empty this one");
        }
    }

    private static void checkWrittenFiles(Path folder, Set<String> fileNames) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.anyMatch(entry -> !isOwnFile(entry, fileNames))) {
                throw new IllegalStateException(
                        "The writer wrote an entry whose name is not in the declared file names "
                                + fileNames);
            }
        }
    }

    private static boolean isOwnFile(Path entry, Set<String> fileNames) {
        return fileNames.contains(entry.getFileName().toString())
                && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
    }

    private static void setReadableByAll(Path folder) throws IOException {
        if (!Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : (Iterable<Path>) entries::iterator) {
                Files.setPosixFilePermissions(file, FILE_PERMISSIONS);
            }
        }
        Files.setPosixFilePermissions(folder, FOLDER_PERMISSIONS);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a temporary folder that this class created, with everything in it. */
    private static void deleteOwnFolder(Path folder) throws IOException {
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

    /**
     * Deletes the files named in {@code fileNames} from the moved-away earlier output, then the
     * folder. A file that appeared in it after the check is kept: the folder then stays, and the
     * exception names it.
     */
    private static void deleteOwnFiles(Path folder, Set<String> fileNames) throws IOException {
        for (String name : fileNames) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(file);
            }
        }
        try {
            Files.delete(folder);
        } catch (DirectoryNotEmptyException e) {
            throw new IOException(
                    "Files were added to the output folder during the run; they were kept in "
                            + folder,
                    e);
        }
    }
}
