package ee.lim.core.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RuleContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An indicator rule pack read from JSON, so that users can edit thresholds or write their own pack.
 * docs/risk-rules.md gives the schema; {@link RulePacks} contains the packs bundled with LIM.
 *
 * <p>Each rule reads one feature from {@link RuleContext#features()} and gives one indicator per
 * applicable student whose feature is present. A pack is in force from {@code effectiveFrom} to
 * {@code effectiveUntil}, both inclusive. A pack is not found by {@code ServiceLoader}: pass it to
 * {@code EngineBuilder.plugin} or straight to a {@code RiskScorer}. Instances are immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JsonRulePack implements IndicatorRulePack {
    private final String id;
    private final String version;
    private final String name;
    private final String source;
    private final LocalDate effectiveFrom;
    private final LocalDate effectiveUntil;
    private final List<IndicatorRule> rules;

    /**
     * Creates a pack from validated parts; {@link #parse} and {@link #read(Path)} are the usual way
     * in.
     *
     * @param id the pack id; never {@code null}
     * @param version the pack version; never {@code null}
     * @param name a human-readable name; never {@code null}
     * @param source the published source of the rules; never {@code null}
     * @param effectiveFrom the first day in force; never {@code null}
     * @param effectiveUntil the last day in force, or {@code null} if open-ended
     * @param rules the rules; never {@code null}
     * @throws NullPointerException if a required argument is {@code null}
     */
    public JsonRulePack(
            String id,
            String version,
            String name,
            String source,
            LocalDate effectiveFrom,
            LocalDate effectiveUntil,
            List<IndicatorRule> rules) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = Objects.requireNonNull(version, "version");
        this.name = Objects.requireNonNull(name, "name");
        this.source = Objects.requireNonNull(source, "source");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.effectiveUntil = effectiveUntil;
        this.rules = List.copyOf(rules);
    }

    /**
     * Reads a pack from JSON text.
     *
     * @param json the JSON text; never {@code null}
     * @return the pack
     * @throws InvalidInputException if the JSON is malformed or breaks the schema; the message
     *     names the rule, field, value and fix
     */
    public static JsonRulePack parse(String json) {
        return RulePackReader.read(json, "rule pack");
    }

    /**
     * Reads a pack from a UTF-8 JSON file.
     *
     * @param file the file; never {@code null}
     * @return the pack
     * @throws InvalidInputException if the file cannot be read or breaks the schema
     */
    public static JsonRulePack read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(
                    "file", "rule pack file " + file + " could not be read: " + e.getMessage(), e);
        }
        return RulePackReader.read(text, file.getFileName().toString());
    }

    /**
     * Reads a pack from a UTF-8 JSON stream, which stays open.
     *
     * @param in the stream; never {@code null}
     * @param sourceName a name for messages, such as a file or resource name; never {@code null}
     * @return the pack
     * @throws InvalidInputException if the stream cannot be read or breaks the schema
     */
    public static JsonRulePack read(InputStream in, String sourceName) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(
                    "file", "rule pack " + sourceName + " could not be read: " + e.getMessage(), e);
        }
        return RulePackReader.read(text, sourceName);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return name;
    }

    /**
     * Returns the published source of the rules, such as a report or statute.
     *
     * @return the source; never {@code null}
     */
    public String source() {
        return source;
    }

    /**
     * Returns the first day the pack is in force.
     *
     * @return the date; never {@code null}
     */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /**
     * Returns the last day the pack is in force.
     *
     * @return the date, or {@code null} if open-ended
     */
    public LocalDate effectiveUntil() {
        return effectiveUntil;
    }

    /**
     * Returns the rules.
     *
     * @return an unmodifiable list
     */
    public List<IndicatorRule> rules() {
        return rules;
    }

    /**
     * Returns {@code id@version}, as recorded in an assessment's provenance.
     *
     * @return such as {@code "ewims@1"}
     */
    public String provenance() {
        return id + "@" + version;
    }

    @Override
    public boolean isInForceOn(LocalDate asOf) {
        return !effectiveFrom.isAfter(asOf)
                && (effectiveUntil == null || !effectiveUntil.isBefore(asOf));
    }

    @Override
    public List<Indicator> evaluate(RuleContext context) {
        List<Indicator> indicators = new ArrayList<>(rules.size());
        for (IndicatorRule rule : rules) {
            if (rule.applicability().appliesTo(context.student(), context.asOf())) {
                rule.evaluate(id, context.features()).ifPresent(indicators::add);
            }
        }
        return indicators;
    }

    @Override
    public String toString() {
        return provenance();
    }
}
