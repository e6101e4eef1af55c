package ee.lim.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.GradeScale;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.service.Capacity;
import ee.lim.spi.service.Place;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property tests over generated values: each constructor accepts exactly the values its rule
 * allows, and a rejection names the field. The acceptance rules are restated here independently of
 * the production code.
 */
class RecordValidationPropertyTest {
    private static final long SEED = 20261204L;
    private static final StudentKey KEY = new StudentKey("S1");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);

    @BeforeAll
    static void printSeed() {
        System.setProperty("QT_SEED", Long.toString(SEED));
        System.out.println("RecordValidationPropertyTest seed " + SEED);
    }

    private static boolean validKey(String value) {
        if (value.isEmpty() || value.length() > 64) {
            return false;
        }
        boolean allDigits = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed =
                    (c >= 'A' && c <= 'Z')
                            || (c >= 'a' && c <= 'z')
                            || (c >= '0' && c <= '9')
                            || c == '.'
                            || c == '_'
                            || c == ':'
                            || c == '-';
            if (!allowed) {
                return false;
            }
            allDigits &= c >= '0' && c <= '9';
        }
        return !(allDigits && value.length() == 11);
    }

    @Test
    void studentKey_acceptsExactlyAllowedValues() {
        qt().withFixedSeed(SEED)
                .withExamples(3000)
                .forAll(strings().betweenCodePoints(32, 127).ofLengthBetween(0, 70))
                .checkAssert(
                        value -> {
                            if (validKey(value)) {
                                assertEquals(value, new StudentKey(value).value());
                            } else {
                                InvalidInputException error =
                                        assertThrows(
                                                InvalidInputException.class,
                                                () -> new StudentKey(value));
                                assertEquals("StudentKey.value", error.field());
                                if (value.strip().length() >= 6) {
                                    // Short values occur in any message by chance.
                                    assertFalse(
                                            error.getMessage().contains(value),
                                            "message quotes the value");
                                }
                            }
                        });
    }

    @Test
    void studentKey_rejectsElevenDigitIds() {
        qt().withFixedSeed(SEED)
                .forAll(SourceDslLongs.elevenDigits())
                .checkAssert(
                        digits -> {
                            InvalidInputException error =
                                    assertThrows(
                                            InvalidInputException.class,
                                            () -> new StudentKey(digits));
                            assertFalse(
                                    error.getMessage().contains(digits), "message quotes the id");
                        });
    }

    @Test
    void grade_acceptsExactlyValuesOnScale() {
        GradeScale scale = new GradeScale("ee-1-5", 1, 5, 3);
        qt().withFixedSeed(SEED)
                .forAll(doubles().between(-10, 10))
                .checkAssert(
                        value -> {
                            if (value >= 1 && value <= 5) {
                                Grade grade = new Grade(KEY, DAY, "math", null, value, scale, 0);
                                assertEquals(value < 3, grade.isFailing());
                            } else {
                                InvalidInputException error =
                                        assertThrows(
                                                InvalidInputException.class,
                                                () ->
                                                        new Grade(
                                                                KEY, DAY, "math", null, value,
                                                                scale, 0));
                                assertEquals("Grade.value", error.field());
                                assertTrue(
                                        error.getMessage().contains("[1.0, 5.0]"),
                                        error.getMessage());
                            }
                        });
    }

    @Test
    void attendance_minutesInRange() {
        qt().withFixedSeed(SEED)
                .forAll(integers().between(-100, 2000))
                .checkAssert(
                        minutes -> {
                            if (minutes >= 1 && minutes <= 1440) {
                                assertEquals(
                                        minutes,
                                        new AttendanceEvent(
                                                        KEY,
                                                        DAY,
                                                        AttendanceEvent.Scope.LESSON,
                                                        AttendanceStatus.PRESENT,
                                                        minutes)
                                                .minutes());
                            } else {
                                InvalidInputException error =
                                        assertThrows(
                                                InvalidInputException.class,
                                                () ->
                                                        new AttendanceEvent(
                                                                KEY,
                                                                DAY,
                                                                AttendanceEvent.Scope.LESSON,
                                                                AttendanceStatus.PRESENT,
                                                                minutes));
                                assertEquals("AttendanceEvent.minutes", error.field());
                            }
                        });
    }

    @Test
    void capacity_availableWithinMaximum() {
        qt().withFixedSeed(SEED)
                .forAll(integers().between(-5, 50), integers().between(-5, 50))
                .checkAssert(
                        (available, maximum) -> {
                            boolean valid = available >= 0 && maximum >= available;
                            if (valid) {
                                assertEquals(
                                        available,
                                        new Capacity(available, maximum, "places").available());
                            } else {
                                assertThrows(
                                        InvalidInputException.class,
                                        () -> new Capacity(available, maximum, "places"));
                            }
                        });
    }

    @Test
    void place_distanceIsSymmetricAndBounded() {
        qt().withFixedSeed(SEED)
                .forAll(
                        doubles().between(-90, 90),
                        doubles().between(-180, 180),
                        doubles().between(-90, 90),
                        doubles().between(-180, 180))
                .checkAssert(
                        (lat1, lon1, lat2, lon2) -> {
                            Place a = new Place(lat1, lon1);
                            Place b = new Place(lat2, lon2);
                            assertEquals(a.distanceKm(b), b.distanceKm(a), 1e-6);
                            assertTrue(a.distanceKm(b) <= Math.PI * 6371.0088 + 1e-6);
                        });
    }

    @Test
    void nullFields_rejectedWithFieldName() {
        GradeScale scale = new GradeScale("ee-1-5", 1, 5, 3);

        InvalidInputException error =
                assertThrows(
                        InvalidInputException.class,
                        () -> new Grade(null, DAY, "math", null, 3, scale, 0));

        assertEquals("Grade.student", error.field());
        assertEquals("Grade.student is missing; supply a value", error.getMessage());
    }

    /** Generators of 11-digit strings, the form of an Estonian personal identification code. */
    static final class SourceDslLongs {
        private static final Pattern ELEVEN = Pattern.compile("[0-9]{11}");

        static org.quicktheories.core.Gen<String> elevenDigits() {
            return org.quicktheories.generators.SourceDSL.longs()
                    .between(10_000_000_000L, 99_999_999_999L)
                    .map(n -> Long.toString(n))
                    .assuming(s -> ELEVEN.matcher(s).matches());
        }
    }
}
