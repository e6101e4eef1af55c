package ee.lim.core.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.core.features.FeatureAggregator;
import ee.lim.core.features.FeatureCalculator;
import ee.lim.core.features.FeatureConfig;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.LimException;
import ee.lim.spi.PluginException;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.Contribution;
import ee.lim.spi.risk.Features;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskAssessment;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.risk.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Assesses students' risk as of a date: it computes their features, evaluates the rule packs in
 * force on that date and, if a model is set, scores them with it.
 *
 * <p>The band is the highest band of all indicators when no model is set. With a model it comes
 * from the model's probability and the {@link ProbabilityCutoffs} (by default watch from 0.25, high
 * from 0.50); the indicators are still evaluated and reported beside it. Each assessment records
 * {@code packId@version} of every pack used and the model's provenance in {@code producedBy}.
 *
 * <p>Immutable and thread-safe when its packs and model are. A pack or model that throws anything
 * other than a {@link LimException} is reported as a {@link PluginException} naming it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RiskScorer {
    private static final Comparator<Contribution> LARGEST_FIRST =
            Comparator.comparingDouble((Contribution c) -> -Math.abs(c.logOdds()))
                    .thenComparing(Contribution::feature);

    private final FeatureCalculator calculator;
    private final List<IndicatorRulePack> packs;
    private final ModelScore model;
    private final String modelProvenance;
    private final ProbabilityCutoffs cutoffs;

    private RiskScorer(Builder builder) {
        this.calculator = new FeatureCalculator(builder.featureConfig);
        this.packs = List.copyOf(builder.packs);
        this.model = builder.model;
        this.modelProvenance = builder.modelProvenance;
        this.cutoffs = builder.cutoffs;
    }

    /**
     * Starts a builder with default features, no packs, no model and the default cut-offs.
     *
     * @return a new builder; not thread-safe
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assesses one student from observations in memory.
     *
     * @param student the student; never {@code null}
     * @param observations the student's observations; those on or after {@code asOf} are ignored;
     *     never {@code null}
     * @param asOf the as-of date; never {@code null}
     * @return the assessment
     * @throws InvalidInputException if an observation belongs to another student
     * @throws PluginException if a pack or the model fails
     */
    public RiskAssessment assess(
            Student student, List<? extends Observation> observations, LocalDate asOf) {
        Features features = calculator.compute(student, observations, asOf);
        List<Observation> before = new ArrayList<>();
        for (Observation observation : observations) {
            if (observation.date().isBefore(asOf)) {
                before.add(observation);
            }
        }
        return assess(
                new RuleContext(
                        student, asOf, before, features, calculator.config().jurisdiction()));
    }

    /**
     * Assesses every student of a cohort.
     *
     * @param cohort the cohort; never {@code null}
     * @param asOf the as-of date; never {@code null}
     * @return one assessment per student, in cohort order
     * @throws PluginException if a pack or the model fails
     */
    public List<RiskAssessment> assess(Cohort cohort, LocalDate asOf) {
        Map<StudentKey, List<Observation>> byStudent = cohort.observationsByStudent();
        List<RiskAssessment> assessments = new ArrayList<>(cohort.students().size());
        for (Student student : cohort.students()) {
            assessments.add(assess(student, byStudent.get(student.key()), asOf));
        }
        return assessments;
    }

    /**
     * Assesses every student of a streamed cohort from their aggregated features. Rule packs see no
     * raw observations in this case ({@link RuleContext#observations()} is empty), so use it with
     * packs that read features only, such as every {@link ee.lim.core.rules.JsonRulePack}.
     *
     * @param aggregator the aggregator that received the cohort; never {@code null}
     * @return one assessment per student, in the order received
     * @throws PluginException if a pack or the model fails
     */
    public List<RiskAssessment> assess(FeatureAggregator aggregator) {
        Map<StudentKey, Features> features = aggregator.features();
        List<RiskAssessment> assessments = new ArrayList<>(features.size());
        for (Student student : aggregator.students()) {
            assessments.add(
                    assess(
                            new RuleContext(
                                    student,
                                    aggregator.asOf(),
                                    List.of(),
                                    features.get(student.key()),
                                    calculator.config().jurisdiction())));
        }
        return assessments;
    }

    /**
     * Assesses one student whose features and observations are already at hand.
     *
     * @param context the student, date, observations before it and features; never {@code null}
     * @return the assessment
     * @throws PluginException if a pack or the model fails
     */
    public RiskAssessment assess(RuleContext context) {
        Objects.requireNonNull(context, "context");
        List<Indicator> indicators = new ArrayList<>();
        List<String> producedBy = new ArrayList<>();
        RiskBand band = RiskBand.NONE;
        for (IndicatorRulePack pack : packs) {
            if (!pack.isInForceOn(context.asOf())) {
                continue;
            }
            List<Indicator> found = evaluate(pack, context);
            for (Indicator indicator : found) {
                band = band.max(indicator.band());
            }
            indicators.addAll(found);
            producedBy.add(pack.id() + "@" + pack.version());
        }
        Double probability = null;
        List<Contribution> contributions = List.of();
        if (model != null) {
            ModelOutput output = score(context.features());
            probability = output.probability();
            contributions = new ArrayList<>(output.contributions());
            contributions.sort(LARGEST_FIRST);
            band = cutoffs.bandOf(output.probability());
            producedBy.add(modelProvenance);
        }
        return new RiskAssessment(
                context.student().key(),
                context.asOf(),
                band,
                probability,
                indicators,
                contributions,
                producedBy);
    }

    private static List<Indicator> evaluate(IndicatorRulePack pack, RuleContext context) {
        List<Indicator> found;
        try {
            found = pack.evaluate(context);
        } catch (LimException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PluginException(
                    pack.id(), "rule pack " + pack.id() + " failed: " + e.getClass().getName(), e);
        }
        if (found == null) {
            throw new PluginException(
                    pack.id(),
                    "rule pack " + pack.id() + " returned null; return an empty list instead",
                    null);
        }
        return found;
    }

    private ModelOutput score(Features features) {
        ModelOutput output;
        try {
            output = model.score(features);
        } catch (LimException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PluginException(
                    modelProvenance,
                    "model " + modelProvenance + " failed: " + e.getClass().getName(),
                    e);
        }
        if (output == null) {
            throw new PluginException(
                    modelProvenance,
                    "model " + modelProvenance + " returned null; return a ModelOutput",
                    null);
        }
        return output;
    }

    /** Settings of a {@link RiskScorer}. Not thread-safe. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private FeatureConfig featureConfig = FeatureConfig.defaults();
        private final List<IndicatorRulePack> packs = new ArrayList<>();
        private ModelScore model;
        private String modelProvenance;
        private ProbabilityCutoffs cutoffs = ProbabilityCutoffs.DEFAULT;

        private Builder() {}

        /**
         * Sets how features are computed.
         *
         * @param config the settings; never {@code null}
         * @return this builder
         * @throws NullPointerException if {@code config} is {@code null}
         */
        public Builder features(FeatureConfig config) {
            this.featureConfig = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * Adds rule packs; each is used on the dates it is in force.
         *
         * @param rulePacks the packs; never {@code null}
         * @return this builder
         * @throws NullPointerException if a pack is {@code null}
         */
        public Builder rulePacks(IndicatorRulePack... rulePacks) {
            return rulePacks(List.of(rulePacks));
        }

        /**
         * Adds rule packs; each is used on the dates it is in force.
         *
         * @param rulePacks the packs; never {@code null}
         * @return this builder
         * @throws NullPointerException if a pack is {@code null}
         * @throws InvalidInputException if two packs share an id
         */
        public Builder rulePacks(List<? extends IndicatorRulePack> rulePacks) {
            for (IndicatorRulePack pack : rulePacks) {
                Objects.requireNonNull(pack, "rule pack");
                for (IndicatorRulePack known : packs) {
                    if (known.id().equals(pack.id())) {
                        throw new InvalidInputException(
                                "rulePacks",
                                "two rule packs have id '"
                                        + pack.id()
                                        + "' (versions "
                                        + known.version()
                                        + " and "
                                        + pack.version()
                                        + "); add only one");
                    }
                }
                packs.add(pack);
            }
            return this;
        }

        /**
         * Sets a model; the band then comes from its probability.
         *
         * @param provenance the model's id and version for {@code producedBy}, such as {@code
         *     "logistic@3"}; never blank
         * @param score the model hook; never {@code null}
         * @return this builder
         * @throws InvalidInputException if {@code provenance} is blank
         * @throws NullPointerException if {@code score} is {@code null}
         */
        public Builder model(String provenance, ModelScore score) {
            if (provenance == null || provenance.isBlank()) {
                throw new InvalidInputException(
                        "provenance",
                        "model provenance is missing; give the model's id and version, such as"
                                + " logistic@3");
            }
            this.model = Objects.requireNonNull(score, "score");
            this.modelProvenance = provenance;
            return this;
        }

        /**
         * Sets the probability cut-offs of the bands when a model is set.
         *
         * @param newCutoffs the cut-offs; never {@code null}
         * @return this builder
         * @throws NullPointerException if {@code newCutoffs} is {@code null}
         */
        public Builder cutoffs(ProbabilityCutoffs newCutoffs) {
            this.cutoffs = Objects.requireNonNull(newCutoffs, "cutoffs");
            return this;
        }

        /**
         * Builds the scorer.
         *
         * @return the scorer
         */
        public RiskScorer build() {
            return new RiskScorer(this);
        }
    }
}
