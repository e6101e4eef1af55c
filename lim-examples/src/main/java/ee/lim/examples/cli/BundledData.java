package ee.lim.examples.cli;

import ee.lim.plugin.hsds.catalogues.HsdsCatalogues;
import ee.lim.plugin.uci.UciDatasets;
import ee.lim.spi.CohortSource;
import ee.lim.spi.ServiceCatalogueSource;
import ee.lim.spi.SourceInput;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The data bundled with plugins that {@code lim} uses when no input is given. */
final class BundledData {
    private BundledData() {}

    static SourceInput cohort(CohortSource source, CommandLine commandLine) {
        if (source.id().equals("uci")) {
            return UciDatasets.bundledStudentPorInput();
        }
        throw new ParameterException(
                commandLine,
                "Missing --input: the source '"
                        + source.id()
                        + "' has no bundled data; give the file or folder it reads");
    }

    static String cohortLabel(CohortSource source) {
        return "bundled:student-por.csv (" + source.id() + ")";
    }

    static SourceInput catalogue(ServiceCatalogueSource source, CommandLine commandLine) {
        if (source.id().equals("hsds")) {
            return HsdsCatalogues.voruCounty();
        }
        throw CatalogueLoader.noBundled(commandLine, source.id());
    }

    static String catalogueLabel(ServiceCatalogueSource source) {
        return source.id().equals("hsds")
                ? "bundled:voru-county.json (hsds)"
                : "bundled (" + source.id() + ")";
    }
}
