package ee.lim.plugin.estonia.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.plugin.estonia.EstonianProfile;
import ee.lim.plugin.estonia.EstonianTexts;
import ee.lim.spi.Checks;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.JurisdictionProfile;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.Jurisdiction;
import ee.lim.spi.model.StudyPeriod;
import ee.lim.spi.risk.FactorCategory;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.risk.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The statutory EHIS absence rule, id {@value #ID}: a student who, within one study quarter
 * (õppeveerand), missed more than 20 % of lessons without a valid reason is entered into EHIS, the
 * national education register (Basic Schools and Upper Secondary Schools Act, PGS §36(4)).
 *
 * <p>The pack evaluates one indicator, {@value #RULE_ID}, for the study period that contains the
 * day before the as-of date, or, during a holiday, the last period that ended before it. Its value
 * is the percentage of the period's lessons so far that were missed without a valid reason,
 * counting lessons whose reason is still unknown (see {@link QuarterAbsence}); the band is {@link
 * RiskBand#HIGH} when it is more than 20 %, exactly 20 % included in {@link RiskBand#NONE}. A
 * student with no attendance records in that period gets no indicator.
 *
 * <p>The study periods come from the rule context's jurisdiction, or from the fallback profile when
 * the context has none. Instances are immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EhisAbsenceRulePack implements IndicatorRulePack {
    /** The pack id. */
    public static final String ID = "ee-ehis-20";

    /** The id of the pack's only rule. */
    public static final String RULE_ID = "unexcused-lessons-quarter";

    /** The statutory threshold in percent; the rule fires above it. */
    public static final int THRESHOLD_PERCENT = 20;

    /** The rule is modelled from the day PGS came into force. */
    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2010, 9, 1);

    private final JurisdictionProfile fallback;

    /** Creates the pack with {@link EstonianProfile}'s defaults as the fallback profile. */
    public EhisAbsenceRulePack() {
        this(new EstonianProfile());
    }

    /**
     * Creates the pack with a fallback profile for contexts without a jurisdiction.
     *
     * @param fallback the profile; never {@code null}
     * @throws ee.lim.spi.InvalidInputException if {@code fallback} is {@code null}
     */
    public EhisAbsenceRulePack(JurisdictionProfile fallback) {
        this.fallback = Checks.present(fallback, "fallback");
    }

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
        return "PGS §36(4): more than 20 % of a quarter's lessons missed without a valid reason";
    }

    @Override
    public boolean isInForceOn(LocalDate asOf) {
        return !asOf.isBefore(IN_FORCE_FROM);
    }

    /**
     * Explains an indicator of this pack in Estonian or English from the plugin's resource bundles:
     * its name, what was measured and, where the plugin has it, what staff can do.
     *
     * @param indicator an indicator of this pack; never {@code null}
     * @param locale the reader's language; Estonian for {@code et}, English otherwise
     * @return the explanation, or empty for an indicator of another pack
     */
    @Override
    public Optional<String> explain(Indicator indicator, Locale locale) {
        if (!id().equals(indicator.rulePackId())) {
            return Optional.empty();
        }
        return Optional.of(EstonianTexts.indicatorSentence(locale, indicator));
    }

    @Override
    public List<Indicator> evaluate(RuleContext context) {
        Optional<QuarterAbsence> absence = quarterAbsence(context);
        if (absence.isEmpty() || absence.get().lessons() == 0) {
            return List.of();
        }
        QuarterAbsence counts = absence.get();
        RiskBand band = counts.isAbove(THRESHOLD_PERCENT) ? RiskBand.HIGH : RiskBand.NONE;
        return List.of(
                new Indicator(
                        RULE_ID,
                        ID,
                        FactorCategory.ATTENDANCE,
                        counts.percent(),
                        THRESHOLD_PERCENT,
                        band));
    }

    /**
     * Counts the student's lessons in the period the rule looks at.
     *
     * @param context the rule context; never {@code null}
     * @return the counts, or empty when the jurisdiction has no period before the as-of date
     * @throws ee.lim.spi.InvalidInputException if {@code context} is {@code null}
     */
    public Optional<QuarterAbsence> quarterAbsence(RuleContext context) {
        Checks.present(context, "context");
        LocalDate lastDay = context.asOf().minusDays(1);
        Jurisdiction jurisdiction =
                context.jurisdiction() != null
                        ? context.jurisdiction()
                        : fallback.jurisdiction(lastDay);
        Optional<StudyPeriod> period = periodFor(jurisdiction.studyPeriods(), lastDay);
        if (period.isEmpty() && context.jurisdiction() != null) {
            // The context's jurisdiction may hold only the current year's periods. On 1 September
            // they all lie after the last day, so the fallback supplies the previous year's.
            period = periodFor(fallback.jurisdiction(lastDay).studyPeriods(), lastDay);
        }
        return period.map(
                p ->
                        QuarterAbsence.count(
                                context.observations(),
                                p,
                                context.asOf(),
                                jurisdiction.lessonMinutes()));
    }

    /** Finds the period containing {@code day}, else the last one that ended before it. */
    static Optional<StudyPeriod> periodFor(List<StudyPeriod> periods, LocalDate day) {
        StudyPeriod latestEnded = null;
        for (StudyPeriod period : periods) {
            if (period.contains(day)) {
                return Optional.of(period);
            }
            if (period.end().isBefore(day)
                    && (latestEnded == null || period.end().isAfter(latestEnded.end()))) {
                latestEnded = period;
            }
        }
        return Optional.ofNullable(latestEnded);
    }
}
