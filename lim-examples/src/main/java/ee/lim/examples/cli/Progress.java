package ee.lim.examples.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Progress of long steps (import, training, matching) on standard error, shown only when the
 * program runs on a terminal ({@code System.console() != null}); otherwise every call does nothing,
 * so logs and pipes stay clean.
 *
 * <p>Not thread-safe: one command reports from one thread.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean active;
    private String step = "";
    private int lastPercent = -1;

    Progress(PrintWriter err, boolean active) {
        this.err = err;
        this.active = active;
    }

    static Progress onTerminal(PrintWriter err) {
        return new Progress(err, isTerminal(System.console()));
    }

    /**
     * Tells whether the console is a terminal. Up to Java 21 a console exists only on a terminal.
     * From Java 22 a console always exists, and {@code Console.isTerminal()}, new in Java 22,
     * reports whether it is a terminal, so that method is called where it exists.
     */
    @SuppressWarnings(
            "SystemConsoleNull") // Checked for null first, then isTerminal() where present.
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }

    boolean isActive() {
        return active;
    }

    void start(String newStep) {
        finishLine();
        step = newStep;
        lastPercent = -1;
        if (active) {
            err.print("\r" + step + " ...");
            err.flush();
        }
    }

    void update(long done, long total) {
        if (!active || total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            err.print("\r" + step + " ... " + percent + "%");
            err.flush();
        }
    }

    void done() {
        if (active && !step.isEmpty()) {
            err.print("\r" + step + " ... done\033[K\n");
            err.flush();
        }
        step = "";
    }

    private void finishLine() {
        if (active && !step.isEmpty()) {
            done();
        }
    }
}
