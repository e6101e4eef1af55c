package ee.lim.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code lim} command line's entry point.
 *
 * <p>Exit codes: 0 success, 1 a failure while running (unreadable input, a plugin that failed), 2 a
 * usage error (unknown option, source or plugin id, missing input file, invalid date). Errors go to
 * standard error as one line without a stack trace; {@code --verbose} adds the stack trace.
 */
public final class Lim {
    /** Exit code of a successful command. */
    public static final int OK = 0;

    /** Exit code of a failure while running. */
    public static final int FAILURE = 1;

    /** Exit code of a usage error. */
    public static final int USAGE = 2;

    private Lim() {}

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(out, err, args));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param out where results go; never {@code null}
     * @param err where errors, warnings and progress go; never {@code null}
     * @param args the arguments; never {@code null}
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(out, err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new LimCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new Errors());
        commandLine.setParameterExceptionHandler(Errors::usage);
        return commandLine;
    }
}
