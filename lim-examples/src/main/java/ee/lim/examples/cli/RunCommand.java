package ee.lim.examples.cli;

import ee.lim.core.Engine;
import ee.lim.examples.report.OutputFolder;
import ee.lim.examples.report.RunOutputs;
import ee.lim.examples.report.RunReport;
import ee.lim.spi.CohortSource;
import ee.lim.spi.ServiceCatalogueSource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lim run}: the main job, from a cohort to a report with referrals and coverage. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Read a cohort, compute risk as of a date with rules and a model, explain it, derive"
                    + " needs, propose referrals to a service catalogue and count coverage.",
            "With no options it runs on the bundled UCI student-por.csv and the bundled Võru"
                    + " County service catalogue.",
            "Writes report.json, students.csv, referrals.csv, coverage.csv and report.html into"
                    + " the output folder, all at once."
        })
final class RunCommand implements Callable<Integer> {
    private static final String DEFAULT_CATALOGUE_SOURCE = "hsds";

    @Spec CommandSpec spec;

    @Mixin SourceOptions source;

    @Mixin ScoringOptions scoring;

    @Option(
            names = "--catalogue-source",
            paramLabel = "ID",
            description =
                    "Id of the service catalogue plugin, or 'none' to skip matching (every need"
                            + " is then reported without a service). Default: hsds when it is"
                            + " installed, otherwise none with a warning.")
    String catalogueSource;

    @Option(
            names = "--catalogue",
            paramLabel = "PATH",
            description =
                    "Service catalogue the catalogue plugin reads. Default for hsds: the bundled"
                            + " Võru County sample.")
    Path catalogue;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            defaultValue = "et",
            description =
                    "Language of report.html and the reasons: et or en. Default: ${DEFAULT-VALUE}.")
    Language language;

    @Option(
            names = "--no-demo-mapping",
            description =
                    "Match UCI students with the language they have (Portuguese). By default, when"
                            + " the uci source meets the bundled Võru County catalogue, students"
                            + " are matched as Estonian-speaking and the report says so.")
    boolean noDemoMapping;

    @Option(
            names = "--out",
            paramLabel = "FOLDER",
            defaultValue = "lim-out",
            description =
                    "Output folder. It must be new, empty or contain only files that LIM"
                            + " writes (an earlier report), which are then replaced."
                            + " Default: ${DEFAULT-VALUE}.")
    Path out;

    private ServiceCatalogueSource catalogueSource(Engine engine) {
        if (catalogueSource == null) {
            ServiceCatalogueSource hsds =
                    engine.findPlugin(ServiceCatalogueSource.class, DEFAULT_CATALOGUE_SOURCE)
                            .orElse(null);
            if (hsds == null) {
                spec.commandLine()
                        .getErr()
                        .println(
                                "lim: warning: no '"
                                        + DEFAULT_CATALOGUE_SOURCE
                                        + "' service catalogue plugin is installed; needs are"
                                        + " reported without matching (give --catalogue-source"
                                        + " none to silence this)");
            }
            return hsds;
        }
        if (catalogueSource.equals("none")) {
            return null;
        }
        return Plugins.require(
                engine,
                ServiceCatalogueSource.class,
                catalogueSource,
                spec.commandLine(),
                "--catalogue-source");
    }

    @Override
    public Integer call() throws Exception {
        Progress progress = Progress.onTerminal(spec.commandLine().getErr());
        Engine engine = Plugins.engine();
        CohortSource cohortSource =
                Plugins.require(
                        engine, CohortSource.class, source.source, spec.commandLine(), "--source");
        CohortLoader.checkInput(source, spec.commandLine());
        ServiceCatalogueSource catalogues = catalogueSource(engine);
        if (catalogue != null && !Files.exists(catalogue)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Catalogue not found: "
                            + catalogue
                            + "; give an existing file or folder with --catalogue");
        }
        try {
            OutputFolder.checkReplaceable(
                    out.toAbsolutePath().normalize(), Set.copyOf(RunOutputs.FILES));
        } catch (OutputFolder.NotAnOutputFolderException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Scorers scorers = Scorers.choose(engine, scoring, source.source, spec.commandLine());

        LoadedCohort loaded = CohortLoader.load(cohortSource, source, spec.commandLine(), progress);
        RunRequest request =
                new RunRequest(
                        engine,
                        loaded,
                        AsOf.resolve(source.asOf, loaded.cohort(), engine.clock()),
                        scorers,
                        scoring,
                        catalogues,
                        catalogue,
                        language.name(),
                        !noDemoMapping);
        RunReport report = new RunPipeline(request, progress, spec.commandLine()).run();

        progress.start("Writing " + out);
        RunOutputs.write(report, out);
        progress.done();

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(
                "%d students as of %s: %d high, %d watch; %d referrals proposed, %d needs"
                        + " without a service.%n",
                report.summary().students(),
                report.provenance().asOf(),
                report.summary().high(),
                report.summary().watch(),
                report.summary().referrals(),
                report.summary().unserved());
        stdout.println("Report: " + out.resolve("report.html"));
        stdout.flush();
        return Lim.OK;
    }
}
