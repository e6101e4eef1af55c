package ee.lim.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code lim} command: runs one of its subcommands. */
@Command(
        name = "lim",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Early noticing of school leaving risk: score a cohort, explain the risk, propose"
                    + " referrals and measure coverage. Decision support only."
        },
        subcommands = {
            RunCommand.class,
            EvaluateCommand.class,
            PluginsCommand.class,
            SynthesizeCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 success, 1 failure while running, 2 usage error.",
            "Run 'lim <command> --help' for the options of a command."
        })
final class LimCommand implements Runnable {
    @Spec CommandSpec spec;

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "Missing command: use run, evaluate, plugins or synthesize");
    }
}
