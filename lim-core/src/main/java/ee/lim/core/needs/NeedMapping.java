package ee.lim.core.needs;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.service.NeedCategory;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapping from a risk assessment's indicators to needs: the need category of each factor
 * category, and the rule for a need's priority.
 *
 * <p>The JSON form is:
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "rules": [ { "factor": "ATTENDANCE", "need": "attendance" }, ... ],
 *   "bandPriority": { "WATCH": 0.5, "HIGH": 0.8 },
 *   "probabilityWeight": 0.25
 * }
 * }</pre>
 *
 * <p>A factor category without a rule yields no need. The priority of a derived need is the largest
 * {@code bandPriority} among its raised indicators (band {@code NONE} raises nothing); when the
 * assessment has a model probability {@code p}, it becomes {@code (1 − w) × band + w × p} with
 * {@code w = probabilityWeight}. The bundled default maps ATTENDANCE → attendance, GRADES →
 * learning, BEHAVIOUR → behaviour, SUPPORT → learning, ENROLMENT → career, and BACKGROUND to
 * nothing, because a school cannot act on background facts.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NeedMapping {
    private static final String DEFAULT_RESOURCE = "default-need-mapping.json";

    private final Map<FactorCategory, NeedCategory> rules;
    private final Map<RiskBand, Double> bandPriority;
    private final double probabilityWeight;

    private NeedMapping(
            Map<FactorCategory, NeedCategory> rules,
            Map<RiskBand, Double> bandPriority,
            double probabilityWeight) {
        this.rules = rules;
        this.bandPriority = bandPriority;
        this.probabilityWeight = probabilityWeight;
    }

    /**
     * Returns the bundled default mapping, checked against the default taxonomy.
     *
     * @return the mapping; never {@code null}
     */
    public static NeedMapping defaults() {
        try (InputStream in = NeedMapping.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from lim-core");
            }
            return read(in, NeedTaxonomy.defaults());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /**
     * Reads a mapping from JSON.
     *
     * @param json the JSON document, read fully but not closed; never {@code null}
     * @param taxonomy the taxonomy every need must belong to; never {@code null}
     * @return the mapping; never {@code null}
     * @throws InvalidInputException if the JSON is malformed, a factor or band is unknown, a need
     *     is not in the taxonomy, or a number is out of {@code [0, 1]}
     */
    public static NeedMapping read(InputStream json, NeedTaxonomy taxonomy) {
        Checks.present(json, "json");
        Checks.present(taxonomy, "taxonomy");
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException(
                    "json", "The need mapping is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("json", "The need mapping must be a JSON object");
        }
        Map<FactorCategory, NeedCategory> rules = new EnumMap<>(FactorCategory.class);
        JsonNode ruleList = root.path("rules");
        if (!ruleList.isArray()) {
            throw new InvalidInputException(
                    "rules", "The need mapping needs a \"rules\" array of {factor, need}");
        }
        for (JsonNode rule : ruleList) {
            FactorCategory factor =
                    enumValue(FactorCategory.class, rule.path("factor").asString(""), "factor");
            NeedCategory need = new NeedCategory(rule.path("need").asString(""));
            if (!taxonomy.contains(need)) {
                throw new InvalidInputException(
                        "rules.need",
                        "Need category " + need + " is not in the taxonomy; extend it first");
            }
            if (rules.put(factor, need) != null) {
                throw new InvalidInputException(
                        "rules.factor", "Factor " + factor + " has two rules; keep one");
            }
        }
        Map<RiskBand, Double> bandPriority = new EnumMap<>(RiskBand.class);
        for (Map.Entry<String, JsonNode> entry : root.path("bandPriority").properties()) {
            RiskBand band = enumValue(RiskBand.class, entry.getKey(), "bandPriority");
            bandPriority.put(band, unit(entry.getValue(), "bandPriority." + band));
        }
        for (RiskBand band : new RiskBand[] {RiskBand.WATCH, RiskBand.HIGH}) {
            if (!bandPriority.containsKey(band)) {
                throw new InvalidInputException(
                        "bandPriority", "bandPriority needs a value for " + band + " in [0, 1]");
            }
        }
        double probabilityWeight =
                root.has("probabilityWeight")
                        ? unit(root.get("probabilityWeight"), "probabilityWeight")
                        : 0.0;
        return new NeedMapping(rules, bandPriority, probabilityWeight);
    }

    /**
     * Returns the need category a factor category points to.
     *
     * @param factor the factor category; never {@code null}
     * @return the need category, or {@code null} if the factor yields no need
     */
    public NeedCategory needFor(FactorCategory factor) {
        return rules.get(factor);
    }

    /**
     * Returns the priority of a need raised by indicators of a band.
     *
     * @param band the most severe band among the indicators; never {@code null}
     * @param probability the assessment's model probability, or {@code null} without a model
     * @return the priority in {@code [0, 1]}; 0 for {@link RiskBand#NONE}
     */
    public double priority(RiskBand band, Double probability) {
        double base = bandPriority.getOrDefault(band, 0.0);
        if (band == RiskBand.NONE) {
            return 0.0;
        }
        if (probability == null) {
            return base;
        }
        return (1 - probabilityWeight) * base + probabilityWeight * probability;
    }

    private static double unit(JsonNode node, String field) {
        if (node == null || !node.isNumber()) {
            throw new InvalidInputException(field, field + " must be a number in [0, 1]");
        }
        double value = node.doubleValue();
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidInputException(field, field + " must be in [0, 1], got " + value);
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field,
                    field
                            + " '"
                            + name
                            + "' is not a "
                            + type.getSimpleName()
                            + "; use one of "
                            + java.util.Arrays.toString(type.getEnumConstants()),
                    e);
        }
    }
}
