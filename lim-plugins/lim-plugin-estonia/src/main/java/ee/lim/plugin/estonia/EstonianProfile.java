package ee.lim.plugin.estonia;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.InvalidInputException;
import ee.lim.spi.JurisdictionProfile;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.DateEffective;
import ee.lim.spi.model.GradeScale;
import ee.lim.spi.model.Jurisdiction;
import ee.lim.spi.model.SchoolStage;
import ee.lim.spi.model.SupportTier;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The Estonian jurisdiction profile, id {@code ee}.
 *
 * <ul>
 *   <li>Grades 1 to 5 (5 väga hea, 4 hea, 3 rahuldav, 2 puudulik, 1 nõrk); 3 is the lowest pass, so
 *       2 and 1 fail. Verbal assessment in stages I and II maps to it through {@link VerbalScale}.
 *   <li>School stages (kooliastmed) I = grades 1–3, II = 4–6, III = 7–9, and gymnasium = 10–12 (PGS
 *       §2).
 *   <li>Study periods from a {@link StudyCalendar}, by default {@link
 *       StudyCalendar#illustrativeQuarters()}.
 *   <li>Compulsory schooling (koolikohustus) ends at 17. The learning obligation (õppimiskohustus)
 *       to 18 applies from a date the user sets, because its start is not settled. Without that
 *       date the profile has no age-18 rule at all.
 *   <li>45-minute lessons; support tiers general, enhanced and special, the last two needing a
 *       recommendation of the external counselling team (kooliväline nõustamismeeskond).
 * </ul>
 *
 * <p>The no-argument constructor, used by {@link java.util.ServiceLoader}, reads two optional
 * system properties: {@value #LEARNING_OBLIGATION_PROPERTY} (an ISO date) and {@value
 * #STUDY_CALENDAR_PROPERTY} ({@code quarters} or {@code reporting-periods}). Instances are
 * immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EstonianProfile implements JurisdictionProfile {
    /** The profile id. */
    public static final String ID = "ee";

    /** The system property with the first day of the learning obligation to 18, as an ISO date. */
    public static final String LEARNING_OBLIGATION_PROPERTY = "lim.ee.learning-obligation-from";

    /**
     * The system property naming the study calendar: {@code quarters} or {@code reporting-periods}.
     */
    public static final String STUDY_CALENDAR_PROPERTY = "lim.ee.study-calendar";

    /** The Estonian grade scale: 1 to 5, pass mark 3. */
    public static final GradeScale GRADE_SCALE = new GradeScale("ee-1-5", 1, 5, 3);

    /** The usual length of a lesson in minutes. */
    public static final int LESSON_MINUTES = 45;

    /**
     * Compulsory schooling to 17 is modelled from the day PGS came into force, 1 September 2010.
     */
    public static final LocalDate COMPULSORY_SCHOOLING_RULE_FROM = LocalDate.of(2010, 9, 1);

    /** The school stages: I, II, III and gymnasium. */
    public static final List<SchoolStage> STAGES =
            List.of(
                    new SchoolStage("I", 1, 3),
                    new SchoolStage("II", 4, 6),
                    new SchoolStage("III", 7, 9),
                    new SchoolStage("gymnasium", 10, 12));

    private final StudyCalendar calendar;
    private final LocalDate learningObligationFrom;

    /**
     * Creates the profile from the system properties described in the class comment.
     *
     * @throws InvalidInputException if a property is set to an invalid value
     */
    public EstonianProfile() {
        this(fromSystemProperties());
    }

    private EstonianProfile(Builder builder) {
        this.calendar = builder.calendar;
        this.learningObligationFrom = builder.learningObligationFrom;
    }

    /**
     * Starts a builder with the illustrative quarters and no learning-obligation date.
     *
     * @return a new builder; not thread-safe
     */
    public static Builder builder() {
        return new Builder();
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
        return "Estonia: grades 1-5, stages I-III and gymnasium, study quarters, support tiers";
    }

    /**
     * Returns the rules for the school year containing {@code asOf}; the study periods are those of
     * that school year.
     *
     * @param asOf a day of the school year; never {@code null}
     * @return the rules; never {@code null}
     * @throws InvalidInputException if {@code asOf} is {@code null}
     */
    @Override
    public Jurisdiction jurisdiction(LocalDate asOf) {
        Checks.present(asOf, "asOf");
        return new Jurisdiction(
                ID,
                GRADE_SCALE,
                STAGES,
                calendar.periodsOf(StudyCalendar.schoolYearOf(asOf)),
                compulsorySchoolingEndAge(),
                LESSON_MINUTES,
                List.of(SupportTier.GENERAL, SupportTier.ENHANCED, SupportTier.SPECIAL),
                List.of(SupportTier.ENHANCED, SupportTier.SPECIAL));
    }

    /**
     * Returns the study calendar.
     *
     * @return the calendar; never {@code null}
     */
    public StudyCalendar studyCalendar() {
        return calendar;
    }

    /**
     * Returns the first day of the learning obligation to 18, if one was set.
     *
     * @return the date, or empty when only compulsory schooling to 17 applies
     */
    public Optional<LocalDate> learningObligationFrom() {
        return Optional.ofNullable(learningObligationFrom);
    }

    /**
     * Finds the school stage of a grade.
     *
     * @param grade the grade (class year)
     * @return the stage, or empty for a grade outside 1 to 12
     */
    public static Optional<SchoolStage> stageOf(int grade) {
        return STAGES.stream().filter(stage -> stage.contains(grade)).findFirst();
    }

    private List<DateEffective<Integer>> compulsorySchoolingEndAge() {
        List<DateEffective<Integer>> rules = new ArrayList<>();
        if (learningObligationFrom == null) {
            rules.add(new DateEffective<>(COMPULSORY_SCHOOLING_RULE_FROM, null, 17));
        } else {
            rules.add(
                    new DateEffective<>(
                            COMPULSORY_SCHOOLING_RULE_FROM,
                            learningObligationFrom.minusDays(1),
                            17));
            rules.add(new DateEffective<>(learningObligationFrom, null, 18));
        }
        return rules;
    }

    private static Builder fromSystemProperties() {
        Builder builder = new Builder();
        String from = System.getProperty(LEARNING_OBLIGATION_PROPERTY);
        if (from != null && !from.isBlank()) {
            try {
                builder.learningObligationFrom(LocalDate.parse(from.trim()));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(
                        LEARNING_OBLIGATION_PROPERTY,
                        LEARNING_OBLIGATION_PROPERTY
                                + " must be an ISO date such as 2027-09-01, got '"
                                + from
                                + "'",
                        e);
            }
        }
        String calendarName = System.getProperty(STUDY_CALENDAR_PROPERTY);
        if (calendarName != null && !calendarName.isBlank()) {
            builder.studyCalendar(calendarNamed(calendarName.trim()));
        }
        return builder;
    }

    private static StudyCalendar calendarNamed(String name) {
        return switch (name) {
            case "quarters" -> StudyCalendar.illustrativeQuarters();
            case "reporting-periods" -> StudyCalendar.reportingPeriods();
            default ->
                    throw new InvalidInputException(
                            STUDY_CALENDAR_PROPERTY,
                            STUDY_CALENDAR_PROPERTY
                                    + " must be 'quarters' or 'reporting-periods', got '"
                                    + name
                                    + "'");
        };
    }

    /** Settings for an {@link EstonianProfile}. Not thread-safe. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private StudyCalendar calendar = StudyCalendar.illustrativeQuarters();
        private LocalDate learningObligationFrom;

        private Builder() {}

        /**
         * Sets the study calendar.
         *
         * @param newCalendar the calendar; never {@code null}
         * @return this builder
         * @throws InvalidInputException if {@code newCalendar} is {@code null}
         */
        public Builder studyCalendar(StudyCalendar newCalendar) {
            this.calendar = Checks.present(newCalendar, "studyCalendar");
            return this;
        }

        /**
         * Sets the first day of the learning obligation to 18.
         *
         * @param from the day, after {@link #COMPULSORY_SCHOOLING_RULE_FROM}; never {@code null}
         * @return this builder
         * @throws InvalidInputException if {@code from} is {@code null} or not after 1 September
         *     2010
         */
        public Builder learningObligationFrom(LocalDate from) {
            Checks.present(from, "learningObligationFrom");
            Checks.require(
                    from.isAfter(COMPULSORY_SCHOOLING_RULE_FROM),
                    "learningObligationFrom",
                    "learningObligationFrom must be after "
                            + COMPULSORY_SCHOOLING_RULE_FROM
                            + ", got "
                            + from);
            this.learningObligationFrom = from;
            return this;
        }

        /**
         * Builds the profile.
         *
         * @return the profile
         */
        public EstonianProfile build() {
            return new EstonianProfile(this);
        }
    }
}
