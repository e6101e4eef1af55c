package ee.lim.core.model;

import ee.lim.spi.InvalidInputException;
import ee.lim.spi.risk.FactorCategory;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads the JSON form of a {@link LogisticRegression}.
 *
 * <p>Doubles are written in Jackson's shortest decimal form, which reads back to the same bits
 * (Java's {@code Double.toString} contract); a test pins this for random bit patterns. Stateless
 * and thread-safe.
 */
final class ModelJson {
    static final String FORMAT = "lim-logistic-regression";
    static final int FORMAT_VERSION = 1;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ModelJson() {}

    static String write(LogisticRegression model) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", FORMAT_VERSION);
        root.put("provider", LogisticRegression.PROVIDER_ID);
        ArrayNode features = root.putArray("features");
        double[] means = model.means();
        double[] sds = model.sds();
        double[] weights = model.weights();
        for (int j = 0; j < weights.length; j++) {
            ObjectNode feature = features.addObject();
            feature.put("name", model.featureNames().get(j));
            feature.put("category", model.featureCategories().get(j).name());
            feature.put("mean", means[j]);
            feature.put("sd", sds[j]);
            feature.put("weight", weights[j]);
        }
        root.put("intercept", model.intercept());
        ObjectNode calibration = root.putObject("calibration");
        calibration.put("method", model.calibration().method());
        calibration.put("slope", model.calibration().slope());
        calibration.put("intercept", model.calibration().intercept());
        TrainingSummary summary = model.training();
        ObjectNode training = root.putObject("training");
        training.put("rows", summary.rows());
        training.put("positives", summary.positives());
        training.put("l2", summary.l2());
        training.put("iterations", summary.iterations());
        training.put("converged", summary.converged());
        training.put("calibration_folds", summary.calibrationFolds());
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    static LogisticRegression read(String json) {
        if (json == null) {
            throw new InvalidInputException("json", "json is missing; supply the model text");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException(
                    "json",
                    "json is not valid JSON at line "
                            + e.getLocation().getLineNr()
                            + "; supply text written by LogisticRegression.toJson()",
                    e);
        }
        if (root == null || !root.isObject()) {
            throw invalid("the top level must be an object");
        }
        if (!FORMAT.equals(text(root, "format"))) {
            throw invalid("field 'format' must be '" + FORMAT + "'");
        }
        int version = integer(root, "format_version");
        if (version != FORMAT_VERSION) {
            throw invalid(
                    "format_version "
                            + version
                            + " is not supported; this build reads version "
                            + FORMAT_VERSION);
        }
        JsonNode featureNodes = root.get("features");
        if (featureNodes == null || !featureNodes.isArray()) {
            throw invalid("field 'features' must be an array");
        }
        int p = featureNodes.size();
        List<String> names = new ArrayList<>(p);
        List<FactorCategory> categories = new ArrayList<>(p);
        double[] means = new double[p];
        double[] sds = new double[p];
        double[] weights = new double[p];
        for (int j = 0; j < p; j++) {
            JsonNode feature = featureNodes.get(j);
            if (!feature.isObject()) {
                throw invalid("features[" + j + "] must be an object");
            }
            names.add(text(feature, "name"));
            String category = text(feature, "category");
            try {
                categories.add(FactorCategory.valueOf(category));
            } catch (IllegalArgumentException e) {
                throw invalid("features[" + j + "].category '" + category + "' is unknown");
            }
            means[j] = number(feature, "mean");
            sds[j] = number(feature, "sd");
            weights[j] = number(feature, "weight");
        }
        JsonNode calibrationNode = object(root, "calibration");
        JsonNode trainingNode = object(root, "training");
        try {
            Calibration calibration =
                    new Calibration(
                            text(calibrationNode, "method"),
                            number(calibrationNode, "slope"),
                            number(calibrationNode, "intercept"));
            TrainingSummary training =
                    new TrainingSummary(
                            integer(trainingNode, "rows"),
                            integer(trainingNode, "positives"),
                            number(trainingNode, "l2"),
                            integer(trainingNode, "iterations"),
                            bool(trainingNode, "converged"),
                            integer(trainingNode, "calibration_folds"));
            return new LogisticRegression(
                    names,
                    categories,
                    means,
                    sds,
                    weights,
                    number(root, "intercept"),
                    calibration,
                    training);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    "json", "json is not a valid logistic model: " + e.getMessage(), e);
        }
    }

    private static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw invalid("field '" + field + "' must be an object");
        }
        return node;
    }

    private static String text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isString()) {
            throw invalid("field '" + field + "' must be a string");
        }
        return node.stringValue();
    }

    private static double number(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isNumber()) {
            throw invalid("field '" + field + "' must be a number");
        }
        return node.doubleValue();
    }

    private static int integer(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isInt()) {
            throw invalid("field '" + field + "' must be an integer");
        }
        return node.intValue();
    }

    private static boolean bool(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isBoolean()) {
            throw invalid("field '" + field + "' must be true or false");
        }
        return node.booleanValue();
    }

    private static InvalidInputException invalid(String problem) {
        return new InvalidInputException("json", "json is not a valid logistic model: " + problem);
    }
}
