package ee.lim.core.rules;

import ee.lim.core.features.FeatureNames;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.risk.FactorCategory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates a rule pack from JSON. Every message names the pack, the rule, the field, the
 * value found and the fix. Stateless and thread-safe.
 */
final class RulePackReader {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final Set<String> PACK_FIELDS =
            Set.of(
                    "id",
                    "version",
                    "name",
                    "source",
                    "description",
                    "effectiveFrom",
                    "effectiveUntil",
                    "rules");
    private static final Set<String> RULE_FIELDS =
            Set.of(
                    "id",
                    "feature",
                    "category",
                    "comparison",
                    "watch",
                    "high",
                    "applicability",
                    "description");
    private static final Set<String> APPLICABILITY_FIELDS =
            Set.of("gradeMin", "gradeMax", "maxAge");

    private RulePackReader() {}

    static JsonRulePack read(String json, String sourceName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException(
                    "json",
                    sourceName
                            + " is not valid JSON: "
                            + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " at line "
                                            + e.getLocation().getLineNr()
                                            + ", column "
                                            + e.getLocation().getColumnNr())
                            + "; fix the syntax there",
                    e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(
                    "json", sourceName + " must be a JSON object with id, version and rules");
        }

        String where = sourceName;
        unknownFields(root, PACK_FIELDS, where, "");
        String id = id(root, "id", where, "");
        where = "rule pack '" + id + "'";
        String version = requiredString(root, "version", where, "");
        String name = optionalString(root, "name", where, "", id);
        String source = requiredString(root, "source", where, "");
        optionalString(root, "description", where, "", "");

        LocalDate from = date(root, "effectiveFrom", where, true);
        LocalDate until = date(root, "effectiveUntil", where, false);
        if (until != null && until.isBefore(from)) {
            throw invalid(
                    "effectiveUntil",
                    where
                            + ", field 'effectiveUntil': value "
                            + until
                            + " is before effectiveFrom "
                            + from
                            + "; give a later date or remove the field");
        }

        JsonNode rulesNode = root.get("rules");
        if (rulesNode == null || !rulesNode.isArray() || rulesNode.isEmpty()) {
            throw invalid(
                    "rules",
                    where
                            + ", field 'rules': missing or empty; give an array of one or more rules");
        }

        List<IndicatorRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rulesNode.size(); i++) {
            IndicatorRule rule = rule(rulesNode.get(i), where, i);
            if (!ids.add(rule.id())) {
                throw invalid(
                        "rules[" + i + "].id",
                        where
                                + ", rule '"
                                + rule.id()
                                + "', field 'id': value '"
                                + rule.id()
                                + "' is used by an earlier rule; give each rule its own id");
            }
            rules.add(rule);
        }
        return new JsonRulePack(id, version, name, source, from, until, rules);
    }

    private static IndicatorRule rule(JsonNode node, String pack, int index) {
        String path = "rules[" + index + "].";
        if (!node.isObject()) {
            throw invalid(
                    "rules[" + index + "]",
                    pack
                            + ", rules["
                            + index
                            + "]: not an object; give each rule as {\"id\": ...}");
        }

        String id = id(node, "id", pack + ", rules[" + index + "]", path);
        String where = pack + ", rule '" + id + "'";
        unknownFields(node, RULE_FIELDS, where, path);
        String feature = requiredString(node, "feature", where, path);
        if (!FeatureNames.isKnown(feature)) {
            throw invalid(
                    path + "feature",
                    where
                            + ", field 'feature': value '"
                            + feature
                            + "' is not a feature; use a name from FeatureNames (such as "
                            + "attendance_rate_4w) or m.<measurement name>");
        }

        String categoryName = requiredString(node, "category", where, path);
        FactorCategory category;
        try {
            category = FactorCategory.valueOf(categoryName);
        } catch (IllegalArgumentException e) {
            throw invalid(
                    path + "category",
                    where
                            + ", field 'category': value '"
                            + categoryName
                            + "' is not a category; use one of "
                            + Arrays.toString(FactorCategory.values()));
        }

        String comparisonName = requiredString(node, "comparison", where, path);
        Comparison comparison =
                Comparison.ofJsonName(comparisonName)
                        .orElseThrow(
                                () ->
                                        invalid(
                                                path + "comparison",
                                                where
                                                        + ", field 'comparison': value '"
                                                        + comparisonName
                                                        + "' is not a comparison; use one of"
                                                        + " atLeast, above, atMost, below"));

        Double watch = threshold(node, "watch", where, path);
        Double high = threshold(node, "high", where, path);
        if (watch == null && high == null) {
            throw invalid(
                    path + "high",
                    where
                            + ", fields 'watch' and 'high': both missing; give at least one threshold");
        }
        if (watch != null && high != null) {
            boolean ordered = comparison.risesWithValue() ? watch <= high : watch >= high;
            if (!ordered) {
                throw invalid(
                        path + "watch",
                        where
                                + ", field 'watch': value "
                                + watch
                                + " is past the high threshold "
                                + high
                                + " for comparison "
                                + comparison.jsonName()
                                + "; the watch threshold must be reached before the high one");
            }
        }

        Applicability applicability = applicability(node.get("applicability"), where, path);
        String description = optionalString(node, "description", where, path, "");
        return new IndicatorRule(
                id, feature, category, comparison, watch, high, applicability, description);
    }

    private static Applicability applicability(JsonNode node, String where, String path) {
        if (node == null || node.isNull()) {
            return Applicability.ALL;
        }
        String prefix = path + "applicability.";
        if (!node.isObject()) {
            throw invalid(
                    path + "applicability",
                    where
                            + ", field 'applicability': not an object; give"
                            + " {\"gradeMin\": 1, \"gradeMax\": 9, \"maxAge\": 17} or leave it out");
        }
        unknownFields(node, APPLICABILITY_FIELDS, where, prefix);
        Integer gradeMin = wholeNumber(node, "gradeMin", where, prefix, 0, 13);
        Integer gradeMax = wholeNumber(node, "gradeMax", where, prefix, 0, 13);
        Integer maxAge = wholeNumber(node, "maxAge", where, prefix, 3, 30);
        if (gradeMin != null && gradeMax != null && gradeMin > gradeMax) {
            throw invalid(
                    prefix + "gradeMin",
                    where
                            + ", field 'applicability.gradeMin': value "
                            + gradeMin
                            + " is above gradeMax "
                            + gradeMax
                            + "; swap them");
        }
        return new Applicability(gradeMin, gradeMax, maxAge);
    }

    private static void unknownFields(JsonNode node, Set<String> known, String where, String path) {
        for (String field : node.propertyNames()) {
            if (!known.contains(field)) {
                throw invalid(
                        path + field,
                        where
                                + ", field '"
                                + field
                                + "': not a known field; use one of "
                                + known.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    private static String id(JsonNode node, String field, String where, String path) {
        String value = requiredString(node, field, where, path);
        if (!ID.matcher(value).matches()) {
            throw invalid(
                    path + field,
                    where
                            + ", field '"
                            + field
                            + "': value '"
                            + value
                            + "' is not a valid id; use 1 to 64 lower-case letters, digits, '-'"
                            + " and '.', starting with a letter or digit");
        }
        return value;
    }

    private static String requiredString(JsonNode node, String field, String where, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw invalid(path + field, where + ", field '" + field + "': missing; add it");
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            throw invalid(
                    path + field,
                    where
                            + ", field '"
                            + field
                            + "': value "
                            + value
                            + " is not a non-blank string; give a string");
        }
        return value.stringValue();
    }

    private static String optionalString(
            JsonNode node, String field, String where, String path, String fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        return requiredString(node, field, where, path);
    }

    private static Double threshold(JsonNode node, String field, String where, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw invalid(
                    path + field,
                    where
                            + ", field '"
                            + field
                            + "': value "
                            + value
                            + " is not a finite number; give a number such as 0.9 or 16");
        }
        return value.doubleValue();
    }

    private static Integer wholeNumber(
            JsonNode node, String field, String where, String path, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()
                || !value.canConvertToInt()
                || value.intValue() < min
                || value.intValue() > max) {
            throw invalid(
                    path + field,
                    where
                            + ", field '"
                            + path.substring(path.indexOf('.') + 1)
                            + field
                            + "': value "
                            + value
                            + " is not a whole number in ["
                            + min
                            + ", "
                            + max
                            + "]; give one in that range or leave the field out");
        }
        return value.intValue();
    }

    private static LocalDate date(JsonNode node, String field, String where, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw invalid(
                        field,
                        where + ", field '" + field + "': missing; add a date such as 2020-01-01");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.asString());
        } catch (DateTimeParseException e) {
            throw invalid(
                    field,
                    where
                            + ", field '"
                            + field
                            + "': value "
                            + value
                            + " is not an ISO date; write it as YYYY-MM-DD, such as 2020-01-01");
        }
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(field, message);
    }
}
