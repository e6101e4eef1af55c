package ee.lim.plugin.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies the bundled test directories into a temporary folder. */
final class Fixtures {
    static final List<String> TABULAR_FILES =
            List.of(
                    "datapackage.json",
                    "organizations.csv",
                    "services.csv",
                    "locations.csv",
                    "service_at_location.csv",
                    "languages.csv",
                    "attributes.csv",
                    "taxonomy_terms.csv",
                    "service_capacity.csv",
                    "units.csv",
                    "schedules.csv",
                    "service_areas.csv");

    private Fixtures() {}

    static Path tabular(Path folder) throws IOException {
        Path target = Files.createDirectories(folder.resolve("tabular"));
        for (String name : TABULAR_FILES) {
            try (InputStream in = Fixtures.class.getResourceAsStream("/tabular/" + name)) {
                Files.copy(in, target.resolve(name));
            }
        }
        return target;
    }
}
