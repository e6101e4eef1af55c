package ee.lim.plugin.uci.internal;

import ee.lim.spi.JurisdictionProfile;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.Jurisdiction;
import ee.lim.spi.model.StudyPeriod;
import ee.lim.spi.model.SupportTier;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The rules of Portuguese higher education as the UCI dropout data set needs them: grades 0 to 20
 * with 10 the lowest pass and two semesters of a nominal academic year 2018/19, whose ends carry
 * the nominal dates of the semester results. There are no school stages, since students are past
 * grade 12.
 *
 * <p>The dates are nominal, since the data set has none. The profile covers only that year: every
 * date gets the same rules. Stateless and thread-safe.
 */
public final class PtHigherProfile implements JurisdictionProfile {
    /** The plugin id. */
    public static final String ID = "pt-higher";

    private static final Jurisdiction JURISDICTION =
            new Jurisdiction(
                    ID,
                    DropoutLayout.SCALE,
                    List.of(),
                    List.of(
                            new StudyPeriod(
                                    "S1",
                                    DropoutLayout.ENROLMENT_DATE,
                                    DropoutLayout.SEMESTER_1_DATE),
                            new StudyPeriod(
                                    "S2",
                                    LocalDate.of(2019, 2, 18),
                                    DropoutLayout.SEMESTER_2_DATE)),
                    PortugueseSchooling.COMPULSORY_END_AGE,
                    50,
                    List.of(SupportTier.GENERAL),
                    List.of());

    /** Creates the profile. */
    public PtHigherProfile() {}

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
        return "Portuguese higher education, nominal 2018/19 semesters (UCI dropout data set)";
    }

    /**
     * Returns the nominal 2018/19 rules whatever the date.
     *
     * @param asOf any date; never {@code null}
     * @return the rules; never {@code null}
     */
    @Override
    public Jurisdiction jurisdiction(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return JURISDICTION;
    }
}
