package ee.lim.plugin.hsds;

import ee.lim.spi.ImportProblem;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the HSDS 3 JSON form: an array of service objects with their organisation, locations,
 * languages, attributes, capacities and service areas nested. A {@code Page} wrapper ({@code
 * {"contents": [...]}}) is accepted too. Each service is read on its own, so a malformed one is
 * reported by its line and JSON pointer and the others still load; a syntax error ends the read at
 * that point and is reported. Confined to one read.
 */
final class JsonDirectoryReader {
    /** Reads one service at a time from a shared parser, so the tokens after it are expected. */
    private static final JsonMapper MAPPER =
            JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final String file;
    private final List<ImportProblem> problems;
    private final Map<String, String> organizations;
    private final CatalogueAssembler assembler;

    JsonDirectoryReader(
            String file,
            List<ImportProblem> problems,
            Map<String, String> organizations,
            CatalogueAssembler assembler) {
        this.file = file;
        this.problems = problems;
        this.organizations = organizations;
        this.assembler = assembler;
    }

    /** Reads every service of the stream. */
    void read(InputStream in) {
        JsonMapper mapper = MAPPER;
        try (JsonParser parser = mapper.createParser(in)) {
            JsonToken first = parser.nextToken();
            String prefix = "";
            if (first == JsonToken.START_OBJECT) {
                if (!seekContents(parser)) {
                    problems.add(
                            ImportProblem.rejected(
                                    file,
                                    0,
                                    "",
                                    "the JSON object has no \"contents\" array; give an array of"
                                            + " services or a Page with contents"));
                    return;
                }
                prefix = "/contents";
            } else if (first != JsonToken.START_ARRAY) {
                problems.add(
                        ImportProblem.rejected(
                                file, 0, "", "the file must hold a JSON array of services"));
                return;
            }
            int index = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                long line = parser.currentTokenLocation().getLineNr();
                String pointer = prefix + "/" + index;
                JsonNode node = mapper.readTree(parser);
                if (node == null || !node.isObject()) {
                    problems.add(
                            ImportProblem.rejected(
                                    file, line, pointer, "a service must be a JSON object"));
                } else {
                    assembler.add(draft(node, line, pointer));
                }
                index++;
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            problems.add(
                    ImportProblem.rejected(
                            file,
                            line,
                            "",
                            "invalid JSON, reading stopped here: " + e.getOriginalMessage()));
        }
    }

    private static boolean seekContents(JsonParser parser) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("contents") && value == JsonToken.START_ARRAY) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private ServiceDraft draft(JsonNode s, long line, String pointer) {
        ServiceDraft d = new ServiceDraft();
        d.file = file;
        d.line = line;
        d.pointer = pointer;
        d.id = text(s, "id");
        d.name = text(s, "name");
        d.status = text(s, "status");
        d.minimumAge = text(s, "minimum_age");
        d.maximumAge = text(s, "maximum_age");
        JsonNode organization = s.path("organization");
        d.organizationId = text(s, "organization_id");
        if (organization.isObject()) {
            String id = text(organization, "id");
            if (d.organizationId == null) {
                d.organizationId = id;
            }
            String name = text(organization, "name");
            if (id != null && name != null && !name.isBlank()) {
                String known = organizations.putIfAbsent(id, name);
                if (known != null && !known.equals(name)) {
                    problems.add(
                            ImportProblem.warning(
                                    file,
                                    line,
                                    pointer + "/organization/name",
                                    "organization "
                                            + id
                                            + " has another name here; the first is kept"));
                }
            }
        }
        for (JsonNode language : s.path("languages")) {
            String code = text(language, "code");
            if (code != null) {
                d.languages.add(code);
            }
        }

        int i = 0;
        for (JsonNode attribute : s.path("attributes")) {
            JsonNode term = attribute.path("taxonomy_term");
            String taxonomy = text(term, "taxonomy");
            if (taxonomy == null) {
                taxonomy = text(term.path("taxonomy_detail"), "name");
            }
            String code = text(term, "code");
            if (code == null || code.isBlank()) {
                code = text(term, "name");
            }
            d.attributes.add(
                    new ServiceDraft.Attribute(
                            taxonomy == null ? "" : taxonomy.trim(),
                            code,
                            text(attribute, "value"),
                            pointer + "/attributes/" + i + "/value"));
            i++;
        }

        i = 0;
        for (JsonNode capacity : s.path("capacities")) {
            JsonNode unit = capacity.path("unit");
            d.capacities.add(
                    new ServiceDraft.CapacityRow(
                            text(capacity, "available"),
                            text(capacity, "maximum"),
                            text(unit, "name"),
                            pointer + "/capacities/" + i));
            i++;
        }

        i = 0;
        for (JsonNode at : s.path("service_at_locations")) {
            JsonNode location = at.path("location");
            d.locations.add(
                    new ServiceDraft.LocationRow(
                            text(location, "location_type"),
                            text(location, "latitude"),
                            text(location, "longitude"),
                            pointer + "/service_at_locations/" + i + "/location"));
            int j = 0;
            for (JsonNode area : at.path("service_areas")) {
                d.areas.add(
                        area(area, pointer + "/service_at_locations/" + i + "/service_areas/" + j));
                j++;
            }
            i++;
        }

        i = 0;
        for (JsonNode area : s.path("service_areas")) {
            d.areas.add(area(area, pointer + "/service_areas/" + i));
            i++;
        }
        return d;
    }

    private static ServiceDraft.AreaRow area(JsonNode area, String where) {
        return new ServiceDraft.AreaRow(text(area, "extent"), text(area, "extent_type"), where);
    }

    /** Returns a scalar as text, or null if absent, null or not a scalar. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        return value.asString();
    }
}
