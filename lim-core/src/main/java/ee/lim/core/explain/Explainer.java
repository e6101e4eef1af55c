package ee.lim.core.explain;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.core.features.FeatureDefinition;
import ee.lim.core.features.FeatureNames;
import ee.lim.core.features.FeatureUnit;
import ee.lim.core.rules.IndicatorRule;
import ee.lim.core.rules.JsonRulePack;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.risk.Contribution;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskAssessment;
import ee.lim.spi.risk.RiskBand;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Turns risk assessments into sentences a teacher can act on, from the resource bundle {@code
 * ee.lim.core.explain.messages} (English, and Estonian for {@code et}).
 *
 * <p>Each raised indicator ({@code WATCH} or {@code HIGH}) gives a sentence with the indicator's
 * name, the student's value, the threshold, the rule, the band and a next step for its category;
 * each model contribution that raised the risk gives one with the feature and its value. Indicators
 * with band {@code NONE} and contributions that lowered the risk are left out. Only actionable
 * categories ({@link FactorCategory#isActionable()}) are shown unless the explainer was made with
 * {@link #withAllCategories()}. Rule packs passed in let it name the feature behind an indicator;
 * an indicator of an unknown pack is named by its rule.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Explainer {
    /** The base name of the resource bundle. */
    public static final String BUNDLE = "ee.lim.core.explain.messages";

    private static final Pattern WINDOW =
            Pattern.compile(
                    "(attendance_rate|unexcused_share|absent_hours|unexcused_hours"
                            + "|reason_unknown_share|late_share)_([0-9]+)w");

    /**
     * Prefix of the model's per-period grade inputs, such as {@code grade.P1}: the student's grade
     * in that period as a share of the grade scale (see {@code GradeMeasurementFeatures}).
     */
    private static final String PERIOD_GRADE_PREFIX = "grade.";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<String, IndicatorRule> rules;
    private final Map<String, IndicatorRulePack> pluginPacks;
    private final boolean allCategories;

    private Explainer(
            Locale locale,
            Map<String, IndicatorRule> rules,
            Map<String, IndicatorRulePack> pluginPacks,
            boolean allCategories) {
        this.locale = locale;
        // Locale.ROOT stops ResourceBundle from falling back to the JVM's default locale.
        Locale bundleLocale =
                "et".equals(locale.getLanguage()) ? Locale.forLanguageTag("et") : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale);
        this.rules = rules;
        this.pluginPacks = pluginPacks;
        this.allCategories = allCategories;
    }

    /**
     * Creates an explainer for actionable categories.
     *
     * @param locale the language, such as {@code Locale.forLanguageTag("et")}; languages other than
     *     Estonian get English; never {@code null}
     * @param packs the rule packs whose indicators will be explained; never {@code null}
     * @return the explainer
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Explainer of(Locale locale, List<JsonRulePack> packs) {
        Objects.requireNonNull(locale, "locale");
        Map<String, IndicatorRule> rules = new HashMap<>();
        for (JsonRulePack pack : packs) {
            for (IndicatorRule rule : pack.rules()) {
                rules.put(pack.id() + "/" + rule.id(), rule);
            }
        }
        return new Explainer(locale, Map.copyOf(rules), Map.of(), false);
    }

    /**
     * Returns a copy that lets rule packs of plugins explain their own indicators through {@link
     * IndicatorRulePack#explain(Indicator, Locale)}. Indicators of JSON packs keep the built-in
     * texts.
     *
     * @param packs the plugin rule packs; never {@code null}
     * @return the copy
     * @throws NullPointerException if {@code packs} or an element is {@code null}
     */
    public Explainer withPluginPacks(Collection<? extends IndicatorRulePack> packs) {
        Map<String, IndicatorRulePack> byId = new HashMap<>(pluginPacks);
        for (IndicatorRulePack pack : packs) {
            byId.put(pack.id(), Objects.requireNonNull(pack, "pack"));
        }
        return new Explainer(locale, rules, Map.copyOf(byId), allCategories);
    }

    /**
     * Returns a copy that also explains factors of categories a school cannot act on.
     *
     * @return the copy
     */
    public Explainer withAllCategories() {
        return new Explainer(locale, rules, pluginPacks, true);
    }

    /**
     * Explains one assessment.
     *
     * @param assessment the assessment; never {@code null}
     * @return the explanation
     * @throws NullPointerException if {@code assessment} is {@code null}
     */
    public Explanation explain(RiskAssessment assessment) {
        List<Reason> indicators = new ArrayList<>();
        for (Indicator indicator : assessment.indicators()) {
            if (indicator.band() != RiskBand.NONE && shown(indicator.category())) {
                indicators.add(indicatorReason(indicator));
            }
        }
        indicators.sort(
                Comparator.comparing((Reason r) -> r.band())
                        .reversed()
                        .thenComparing(Comparator.comparingDouble(Reason::weight).reversed())
                        .thenComparing(Reason::name));
        List<Reason> contributions = new ArrayList<>();
        for (Contribution contribution : assessment.contributions()) {
            if (contribution.logOdds() > 0 && shown(contribution.category())) {
                contributions.add(contributionReason(contribution));
            }
        }
        contributions.sort(
                Comparator.comparingDouble(Reason::weight).reversed().thenComparing(Reason::name));
        List<Reason> reasons = new ArrayList<>(indicators);
        reasons.addAll(contributions);
        return new Explanation(
                assessment.student(),
                assessment.asOf(),
                assessment.band(),
                locale,
                summary(assessment),
                reasons);
    }

    private boolean shown(FactorCategory category) {
        return allCategories || category.isActionable();
    }

    private String summary(RiskAssessment assessment) {
        String date = formatDate(assessment.asOf());
        String band = bandName(assessment.band());
        if (assessment.probability() == null) {
            return format("summary", date, band);
        }
        return format("summary.probability", date, band, assessment.probability());
    }

    private Reason indicatorReason(Indicator indicator) {
        String ruleName = indicator.rulePackId() + "/" + indicator.id();
        IndicatorRule rule = rules.get(ruleName);
        String feature = rule == null ? null : rule.feature();
        String label = feature == null ? format("feature.unknown", indicator.id()) : label(feature);
        Optional<String> ownText =
                rule == null && pluginPacks.containsKey(indicator.rulePackId())
                        ? pluginPacks.get(indicator.rulePackId()).explain(indicator, locale)
                        : Optional.empty();
        String text =
                ownText.isPresent()
                        ? ownText.get()
                        : format(
                                "indicator",
                                label,
                                formatValue(feature, indicator.value()),
                                formatValue(feature, indicator.threshold()),
                                ruleName,
                                bandName(indicator.band()),
                                bundle.getString("action." + indicator.category().name()));
        double scale = Math.max(Math.abs(indicator.threshold()), 1e-9);
        double weight = Math.abs(indicator.value() - indicator.threshold()) / scale;
        return new Reason(
                Reason.Kind.INDICATOR,
                ruleName,
                feature,
                indicator.category(),
                indicator.value(),
                indicator.band(),
                weight,
                text);
    }

    private Reason contributionReason(Contribution contribution) {
        String text =
                format(
                        "contribution",
                        label(contribution.feature()),
                        formatValue(contribution.feature(), contribution.value()),
                        contribution.logOdds(),
                        bundle.getString("action." + contribution.category().name()));
        return new Reason(
                Reason.Kind.CONTRIBUTION,
                contribution.feature(),
                contribution.feature(),
                contribution.category(),
                contribution.value(),
                null,
                contribution.logOdds(),
                text);
    }

    /** Returns the name of a band in this explainer's language. */
    String bandName(RiskBand band) {
        return bundle.getString("band." + band.name());
    }

    private String label(String feature) {
        String key = "feature." + feature;
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        Matcher window = WINDOW.matcher(feature);
        if (window.matches()) {
            return format("feature.window." + window.group(1), Integer.parseInt(window.group(2)));
        }
        if (feature.startsWith(FeatureNames.MEASUREMENT_PREFIX)) {
            return format(
                    "feature.measurement",
                    feature.substring(FeatureNames.MEASUREMENT_PREFIX.length()));
        }
        if (isPeriodGrade(feature)) {
            return format("feature.grade.period", feature.substring(PERIOD_GRADE_PREFIX.length()));
        }
        return format("feature.unknown", feature);
    }

    private String formatValue(String feature, double value) {
        if (feature != null && isPeriodGrade(feature)) {
            return format("unit.SCALE_SHARE", value);
        }
        Optional<FeatureDefinition> definition = FeatureNames.definition(feature);
        FeatureUnit unit = definition.map(FeatureDefinition::unit).orElse(FeatureUnit.VALUE);
        return switch (unit) {
            case FLAG -> bundle.getString(value >= 0.5 ? "flag.yes" : "flag.no");
            case TIER -> bundle.getString("tier." + Math.round(Math.max(0, Math.min(3, value))));
            default -> format("unit." + unit.name(), value);
        };
    }

    private String formatDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    private static boolean isPeriodGrade(String feature) {
        return feature.startsWith(PERIOD_GRADE_PREFIX) && !feature.equals("grade.failing_count");
    }
}
