package ee.lim.examples.cli;

import ee.lim.spi.CatalogueImport;
import ee.lim.spi.ImportProblem;
import ee.lim.spi.ServiceCatalogueSource;
import ee.lim.spi.SourceInput;
import ee.lim.spi.service.ServiceCatalogue;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Reads the service catalogue of a run: the one given, the plugin's bundled sample, or none. */
final class CatalogueLoader {
    /**
     * A catalogue as read.
     *
     * @param catalogue the services
     * @param problems the records the import rejected or warned about
     * @param label the input as given, a name for the bundled one, or {@code none}
     * @param sha256 hex SHA-256 of the input, or {@code ""} without one
     */
    record Loaded(
            ServiceCatalogue catalogue,
            List<ImportProblem> problems,
            String label,
            String sha256) {}

    private CatalogueLoader() {}

    static Loaded load(
            ServiceCatalogueSource source, Path path, CommandLine commandLine, Progress progress) {
        if (source == null) {
            return new Loaded(new ServiceCatalogue(List.of(), List.of()), List.of(), "none", "");
        }
        SourceInput input;
        String label;
        if (path != null) {
            input = SourceInput.of(path);
            label = path.toString();
        } else {
            input = BundledData.catalogue(source, commandLine);
            label = BundledData.catalogueLabel(source);
        }
        progress.start("Reading the service catalogue");
        CatalogueImport imported = source.read(input);
        progress.done();
        String sha256 =
                imported.report().inputSha256().isEmpty()
                        ? CohortLoader.sha256(input.location())
                        : imported.report().inputSha256();
        return new Loaded(imported.catalogue(), imported.report().problems(), label, sha256);
    }

    static ParameterException noBundled(CommandLine commandLine, String id) {
        return new ParameterException(
                commandLine,
                "Missing --catalogue: the catalogue source '"
                        + id
                        + "' has no bundled sample; give the file or folder it reads");
    }
}
