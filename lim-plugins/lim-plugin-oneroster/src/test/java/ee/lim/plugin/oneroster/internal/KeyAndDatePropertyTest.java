package ee.lim.plugin.oneroster.internal;

import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Student keys equal an HMAC computed with the JDK directly, and every date form of the binding
 * gives back the same calendar date.
 */
class KeyAndDatePropertyTest {
    private static final long SEED = Long.getLong("lim.test.seed", System.nanoTime());

    @Test
    void keyOf_equalsIndependentHmac() {
        System.out.println("KeyAndDatePropertyTest seed: " + SEED + " (-Dlim.test.seed to replay)");
        StudentKeys keys = new StudentKeys(RosterFixture.SECRET);

        qt().withFixedSeed(SEED)
                .withExamples(2_000)
                .forAll(SourceDSL.strings().allPossible().ofLengthBetween(1, 40))
                .check(
                        sourcedId -> {
                            try {
                                return keys.keyOf(sourcedId)
                                        .equals(OneRosterSourceTest.expectedKey(sourcedId));
                            } catch (Exception e) {
                                throw new AssertionError(e);
                            }
                        });
    }

    @Test
    void date_readsEveryFormOfOneDay() {
        qt().withFixedSeed(SEED)
                .withExamples(2_000)
                .forAll(SourceDSL.integers().between(0, 60_000))
                .check(
                        offset -> {
                            LocalDate day = LocalDate.of(1950, 1, 1).plusDays(offset);
                            Optional<LocalDate> expected = Optional.of(day);
                            return Values.date(day.toString()).equals(expected)
                                    && Values.date(day + "T10:15:30Z").equals(expected)
                                    && Values.date(day + "T10:15:30.000Z").equals(expected)
                                    && Values.date(day + "T10:15:30").equals(expected)
                                    && Values.date(day + "T10:15:30+02:00").equals(expected);
                        });
    }
}
