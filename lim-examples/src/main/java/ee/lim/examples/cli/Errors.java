package ee.lim.examples.cli;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.LimException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one-line messages on standard error and exit codes: 2 for usage errors, 1
 * for failures while running. {@code --verbose} adds the stack trace.
 */
final class Errors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(
            Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof ParameterException usage) {
            return usage(usage, new String[0]);
        }
        err.println("lim: error: " + message(exception));
        if (verbose(parseResult)) {
            exception.printStackTrace(err);
        } else {
            err.println("lim: run again with --verbose for details");
        }
        err.flush();
        return Lim.FAILURE;
    }

    static int usage(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("lim: " + exception.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(exception, err)) {
            err.println(
                    "Try '"
                            + commandLine.getCommandSpec().qualifiedName()
                            + " --help' for more information.");
        }
        err.flush();
        return Lim.USAGE;
    }

    private static String message(Exception exception) {
        if (exception instanceof InvalidInputException
                || exception instanceof LimException
                || exception instanceof IOException) {
            return describe(exception);
        }
        if (exception instanceof UncheckedIOException unchecked) {
            return describe(unchecked.getCause());
        }
        return "unexpected " + exception.getClass().getSimpleName() + ": " + describe(exception);
    }

    private static String describe(Throwable throwable) {
        String message = throwable.getMessage();
        if (throwable instanceof java.nio.file.NoSuchFileException) {
            return "file not found: " + message;
        }
        if (throwable instanceof java.nio.file.AccessDeniedException) {
            return "access denied: " + message;
        }
        return message == null ? throwable.getClass().getSimpleName() : message;
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
