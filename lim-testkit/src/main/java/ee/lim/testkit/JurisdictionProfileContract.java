package ee.lim.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.spi.JurisdictionProfile;
import ee.lim.spi.model.Jurisdiction;
import ee.lim.spi.model.StudyPeriod;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** The contract of a {@link JurisdictionProfile}: study periods in order and not overlapping. */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class JurisdictionProfileContract extends LimPluginContract<JurisdictionProfile> {
    /** Creates the contract. */
    protected JurisdictionProfileContract() {}

    /**
     * Returns a day of a school year the profile covers.
     *
     * @return the day
     */
    protected abstract LocalDate dayInSchoolYear();

    @Override
    protected final Class<? super JurisdictionProfile> role() {
        return JurisdictionProfile.class;
    }

    @Test
    void jurisdiction_periodsOrderedAndDisjoint() {
        Jurisdiction jurisdiction = createPlugin().jurisdiction(dayInSchoolYear());

        assertNotNull(jurisdiction);
        List<StudyPeriod> periods = jurisdiction.studyPeriods();
        for (int i = 1; i < periods.size(); i++) {
            assertTrue(
                    periods.get(i).start().isAfter(periods.get(i - 1).end()),
                    "period "
                            + periods.get(i).id()
                            + " overlaps or precedes "
                            + periods.get(i - 1).id());
        }
    }

    @Test
    void jurisdiction_isDeterministic() {
        assertEquals(
                createPlugin().jurisdiction(dayInSchoolYear()),
                createPlugin().jurisdiction(dayInSchoolYear()));
    }
}
