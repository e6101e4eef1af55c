package ee.lim.plugin.uci.internal;

import ee.lim.spi.JurisdictionProfile;
import ee.lim.spi.SpiVersion;
import ee.lim.spi.model.Jurisdiction;
import ee.lim.spi.model.SchoolStage;
import ee.lim.spi.model.StudyPeriod;
import ee.lim.spi.model.SupportTier;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The rules of Portuguese secondary school as the UCI Student Performance data need them: grades 0
 * to 20 with 10 the lowest pass, secondary stage grades 10 to 12, and the three periods of the
 * 2005/06 school year whose ends carry the nominal dates of G1, G2 and G3.
 *
 * <p>The period dates are nominal, since the data set has no dates. Compulsory schooling ended at
 * 15 in 2005/06 (nine years of basic education under the Education System Act, Law 46/86); Law
 * 85/2009 raised it to 18, phased in from the 2009/10 school year. The profile covers only the
 * 2005/06 year: every date gets the same rules. Stateless and thread-safe.
 */
public final class PtSecondaryProfile implements JurisdictionProfile {
    /** The plugin id. */
    public static final String ID = "pt-secondary";

    private static final Jurisdiction JURISDICTION =
            new Jurisdiction(
                    ID,
                    StudentPerformanceLayout.SCALE,
                    List.of(new SchoolStage("secondary", 10, 12)),
                    List.of(
                            new StudyPeriod(
                                    "P1", LocalDate.of(2005, 9, 15), LocalDate.of(2005, 12, 16)),
                            new StudyPeriod(
                                    "P2", LocalDate.of(2006, 1, 3), LocalDate.of(2006, 3, 31)),
                            new StudyPeriod(
                                    "P3", LocalDate.of(2006, 4, 18), LocalDate.of(2006, 6, 23))),
                    PortugueseSchooling.COMPULSORY_END_AGE,
                    50,
                    List.of(SupportTier.GENERAL),
                    List.of());

    /** Creates the profile. */
    public PtSecondaryProfile() {}

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
        return "Portuguese secondary school, nominal 2005/06 periods (UCI Student Performance)";
    }

    /**
     * Returns the 2005/06 rules whatever the date.
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
