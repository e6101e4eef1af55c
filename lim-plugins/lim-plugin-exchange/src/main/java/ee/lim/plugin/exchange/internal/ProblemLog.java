package ee.lim.plugin.exchange.internal;

import ee.lim.spi.ImportProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one import. It keeps at most {@code maxPerFile} problems per file so
 * that a file with millions of bad rows cannot exhaust the heap; the rest are counted and named in
 * one closing problem of that file. Not thread-safe.
 */
final class ProblemLog {
    private final int maxPerFile;
    private final List<ImportProblem> problems = new ArrayList<>();
    private String currentFile = "";
    private int keptInFile;
    private long droppedRejections;
    private long droppedWarnings;
    private long rejectedInFile;

    ProblemLog(int maxPerFile) {
        this.maxPerFile = maxPerFile;
    }

    /** Starts counting for a new file. */
    void startFile(String file) {
        currentFile = file;
        keptInFile = 0;
        droppedRejections = 0;
        droppedWarnings = 0;
        rejectedInFile = 0;
    }

    void reject(String file, long line, String column, String reason) {
        rejectedInFile++;
        if (keep(file)) {
            problems.add(ImportProblem.rejected(file, line, column, reason));
        } else {
            droppedRejections++;
        }
    }

    void warn(String file, long line, String column, String reason) {
        if (keep(file)) {
            problems.add(ImportProblem.warning(file, line, column, reason));
        } else {
            droppedWarnings++;
        }
    }

    /** Closes the current file, adding a summary if problems were left out. */
    void endFile() {
        if (droppedRejections > 0) {
            problems.add(
                    ImportProblem.rejected(
                            currentFile,
                            0,
                            "",
                            droppedRejections
                                    + " more rejected rows in this file are not listed; only the"
                                    + " first "
                                    + maxPerFile
                                    + " problems of a file are listed (option max-problems)"));
        }
        if (droppedWarnings > 0) {
            problems.add(
                    ImportProblem.warning(
                            currentFile,
                            0,
                            "",
                            droppedWarnings
                                    + " more warnings in this file are not listed (option"
                                    + " max-problems)"));
        }
        currentFile = "";
        keptInFile = 0;
    }

    long rejectedInFile() {
        return rejectedInFile;
    }

    List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    private boolean keep(String file) {
        if (!file.equals(currentFile)) {
            return true;
        }
        if (keptInFile < maxPerFile) {
            keptInFile++;
            return true;
        }
        return false;
    }
}
