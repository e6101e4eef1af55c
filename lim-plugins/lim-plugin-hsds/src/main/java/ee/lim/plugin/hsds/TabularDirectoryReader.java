package ee.lim.plugin.hsds;

import ee.lim.spi.ImportProblem;
import ee.lim.spi.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the HSDS tabular data package: a folder with {@code datapackage.json} and one CSV file per
 * object, joined on their ids. {@code services.csv} and {@code organizations.csv} are required; the
 * other tables are optional. A row that cannot be joined is reported with its file and line.
 * Confined to one read.
 */
final class TabularDirectoryReader {
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Path folder;
    private final List<ImportProblem> problems;
    private final MessageDigest digest;

    TabularDirectoryReader(Path folder, List<ImportProblem> problems, MessageDigest digest) {
        this.folder = folder;
        this.problems = problems;
        this.digest = digest;
    }

    /** A CSV row with the line it starts on. */
    private record Row(String file, long line, Map<String, String> values) {
        String get(String column) {
            String value = values.get(column);
            return value == null || value.isEmpty() ? null : value;
        }

        String where(String column) {
            return file + " line " + line + " " + column;
        }
    }

    /** Reads the package into the assembler. */
    void read(Map<String, String> organizations, Consumer<ServiceDraft> sink) throws IOException {
        read("datapackage.json", true, row -> {});

        for (Row row : rows("organizations.csv", true)) {
            String id = row.get("id");
            String name = row.get("name");
            if (id == null || name == null) {
                reject(row, "id and name are required");
            } else if (organizations.putIfAbsent(id, name) != null) {
                reject(row, "organization id " + id + " appears twice; keep one");
            }
        }

        Map<String, Row> units = byId(rows("units.csv", false));
        Map<String, Row> terms = byId(rows("taxonomy_terms.csv", false));
        Map<String, Row> locations = byId(rows("locations.csv", false));
        Map<String, ServiceDraft> drafts = new LinkedHashMap<>();
        List<ServiceDraft> order = new ArrayList<>();

        for (Row row : rows("services.csv", true)) {
            ServiceDraft d = new ServiceDraft();
            d.file = row.file();
            d.line = row.line();
            d.id = row.get("id");
            d.name = row.get("name");
            d.status = row.get("status");
            d.organizationId = row.get("organization_id");
            d.minimumAge = row.get("minimum_age");
            d.maximumAge = row.get("maximum_age");
            order.add(d);
            if (d.id != null) {
                drafts.putIfAbsent(d.id, d);
            }
        }

        for (Row row : rows("languages.csv", false)) {
            ServiceDraft d = owner(drafts, row, "service_id");
            if (d != null) {
                d.languages.add(row.get("code"));
            }
        }

        for (Row row : rows("attributes.csv", false)) {
            String entity = row.get("link_entity");
            if (entity != null && !entity.equals("service")) {
                continue;
            }
            ServiceDraft d = owner(drafts, row, "link_id");
            if (d == null) {
                continue;
            }
            Row term = terms.get(row.get("taxonomy_term_id"));
            if (term == null) {
                reject(row, "taxonomy_term_id is not in taxonomy_terms.csv");
                continue;
            }
            String code = term.get("code") == null ? term.get("name") : term.get("code");
            String taxonomy = term.get("taxonomy");
            d.attributes.add(
                    new ServiceDraft.Attribute(
                            taxonomy == null ? "" : taxonomy.trim(),
                            code,
                            row.get("value"),
                            row.where("value")));
        }

        for (Row row : rows("service_capacity.csv", false)) {
            ServiceDraft d = owner(drafts, row, "service_id");
            if (d == null) {
                continue;
            }
            Row unit = units.get(row.get("unit_id"));
            if (unit == null) {
                reject(row, "unit_id is not in units.csv");
                continue;
            }
            d.capacities.add(
                    new ServiceDraft.CapacityRow(
                            row.get("available"),
                            row.get("maximum"),
                            unit.get("name"),
                            row.where("available")));
        }

        for (Row row : rows("service_at_location.csv", false)) {
            ServiceDraft d = owner(drafts, row, "service_id");
            if (d == null) {
                continue;
            }
            Row location = locations.get(row.get("location_id"));
            if (location == null) {
                reject(row, "location_id is not in locations.csv");
                continue;
            }
            d.locations.add(
                    new ServiceDraft.LocationRow(
                            location.get("location_type"),
                            location.get("latitude"),
                            location.get("longitude"),
                            location.where("latitude")));
        }

        for (Row row : rows("service_areas.csv", false)) {
            ServiceDraft d = owner(drafts, row, "service_id");
            if (d != null) {
                d.areas.add(
                        new ServiceDraft.AreaRow(
                                row.get("extent"), row.get("extent_type"), row.where("extent")));
            }
        }

        for (Row row : rows("schedules.csv", false)) {
            if (row.get("service_id") != null) {
                owner(drafts, row, "service_id");
            }
        }
        order.forEach(sink);
    }

    private ServiceDraft owner(Map<String, ServiceDraft> drafts, Row row, String column) {
        String id = row.get(column);
        ServiceDraft d = id == null ? null : drafts.get(id);
        if (d == null) {
            reject(row, column + " does not name a service of services.csv");
        }
        return d;
    }

    private Map<String, Row> byId(List<Row> rows) {
        Map<String, Row> result = new HashMap<>();
        for (Row row : rows) {
            String id = row.get("id");
            if (id == null) {
                reject(row, "id is missing");
            } else if (result.putIfAbsent(id, row) != null) {
                reject(row, "id " + id + " appears twice; keep one");
            }
        }
        return result;
    }

    private List<Row> rows(String name, boolean required) throws IOException {
        List<Row> rows = new ArrayList<>();
        read(name, required, rows::add);
        return rows;
    }

    private void read(String name, boolean required, Consumer<Row> consumer) throws IOException {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            if (required) {
                throw new InvalidInputException(
                        "SourceInput.location",
                        "The HSDS data package in "
                                + folder.getFileName()
                                + " has no "
                                + name
                                + "; add it");
            }
            return;
        }
        if (name.endsWith(".json")) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return;
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> header = parser.getHeaderNames();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (java.io.UncheckedIOException | IllegalStateException e) {
                    problems.add(
                            ImportProblem.rejected(
                                    name,
                                    line,
                                    "",
                                    "malformed CSV, reading of this file stopped here"));
                    break;
                }
                if (!record.isConsistent()) {
                    problems.add(
                            ImportProblem.rejected(
                                    name,
                                    line,
                                    "",
                                    "the row has "
                                            + record.size()
                                            + " fields but the header has "
                                            + header.size()));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (String column : header) {
                    values.put(column, record.get(column));
                }
                consumer.accept(new Row(name, line, values));
            }
        } catch (CSVException | IllegalArgumentException e) {
            problems.add(
                    ImportProblem.rejected(
                            name, 0, "", "the CSV header cannot be read: " + e.getMessage()));
        }
    }

    private void reject(Row row, String reason) {
        problems.add(ImportProblem.rejected(row.file(), row.line(), "", reason));
    }
}
