package ee.lim.plugin.hsds;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.CatalogueImport;
import ee.lim.spi.Checks;
import ee.lim.spi.ImportProblem;
import ee.lim.spi.ImportReport;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.ServiceCatalogueSource;
import ee.lim.spi.SourceInput;
import ee.lim.spi.SpiVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Reads an Open Referral HSDS 3 directory: a JSON file holding an array of services (or a {@code
 * Page} with {@code contents}), or a folder with the tabular data package ({@code datapackage.json}
 * and the CSV files). A folder without {@code datapackage.json} but with one {@code .json} file is
 * read as JSON.
 *
 * <p>What LIM needs beyond HSDS's own fields (needs and coverage, support level, grade, tier,
 * consent and municipality rules, waiting days, sector) is read from service attributes of the LIM
 * taxonomies, documented in {@code docs/matching.md}. Services whose status is inactive, defunct or
 * temporarily closed are loaded as not active and reported as warnings. A malformed record is
 * rejected with its file, line and JSON pointer or column; the others still load.
 *
 * <p>Thread-safe: it keeps no state between calls.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HsdsCatalogueSource implements ServiceCatalogueSource {
    /** The plugin id. */
    public static final String ID = "hsds";

    /** Creates the plugin. */
    public HsdsCatalogueSource() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "Open Referral HSDS 3 directories, JSON or tabular data package";
    }

    @Override
    public CatalogueImport read(SourceInput input) {
        Checks.present(input, "input");
        Path location = input.location();
        if (!Files.exists(location)) {
            throw new InvalidInputException(
                    "SourceInput.location",
                    "The HSDS input " + location.getFileName() + " does not exist");
        }
        MessageDigest digest = sha256();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> organizations = new LinkedHashMap<>();
        CatalogueAssembler assembler = new CatalogueAssembler(problems, organizations);
        try {
            if (Files.isDirectory(location)
                    && Files.isRegularFile(location.resolve("datapackage.json"))) {
                new TabularDirectoryReader(location, problems, digest)
                        .read(organizations, assembler::add);
            } else {
                Path file = Files.isDirectory(location) ? singleJson(location) : location;
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                    new JsonDirectoryReader(
                                    file.getFileName().toString(),
                                    problems,
                                    organizations,
                                    assembler)
                            .read(in);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(
                    "SourceInput.location",
                    "The HSDS input "
                            + location.getFileName()
                            + " cannot be read: "
                            + e.getClass().getSimpleName(),
                    e);
        }
        Map<String, Long> accepted = new LinkedHashMap<>();
        accepted.put("services", (long) assembler.serviceCount());
        accepted.put("providers", (long) assembler.providerCount());
        ImportReport report =
                new ImportReport(ID, accepted, problems, HexFormat.of().formatHex(digest.digest()));
        return new CatalogueImport(assembler.catalogue(), report);
    }

    private static Path singleJson(Path folder) throws IOException {
        List<Path> json = new ArrayList<>();
        try (var files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().endsWith(".json")).forEach(json::add);
        }
        if (json.size() != 1) {
            throw new InvalidInputException(
                    "SourceInput.location",
                    "The folder "
                            + folder.getFileName()
                            + " has no datapackage.json and "
                            + json.size()
                            + " .json files; give one JSON file or a tabular data package");
        }
        return json.get(0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
