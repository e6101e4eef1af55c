package ee.lim.examples.cli;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.LimException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

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
        Optional<String> unknownCommand = unknownCommand(exception);
        if (unknownCommand.isPresent()) {
            err.println(
                    "lim: "
                            + CommandSuggestion.message(
                                    unknownCommand.get(), commandNames(commandLine)));
        } else {
            err.println("lim: " + exception.getMessage());
        }
        if (unknownCommand.isPresent()
                || !CommandLine.UnmatchedArgumentException.printSuggestions(exception, err)) {
            err.println(
                    "Try '"
                            + commandLine.getCommandSpec().qualifiedName()
                            + " --help' for more information.");
        }
        err.flush();
        return Lim.USAGE;
    }

    /**
     * Returns the first unmatched argument when it is where a command of {@code commandLine} should
     * be: the command has subcommands and the argument is not an option.
     */
    private static Optional<String> unknownCommand(ParameterException exception) {
        if (!(exception instanceof UnmatchedArgumentException unmatched)
                || exception.getCommandLine().getSubcommands().isEmpty()
                || unmatched.getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        String argument = unmatched.getUnmatched().get(0);
        return argument.startsWith("-") ? Optional.empty() : Optional.of(argument);
    }

    private static List<String> commandNames(CommandLine commandLine) {
        return List.copyOf(commandLine.getSubcommands().keySet());
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
