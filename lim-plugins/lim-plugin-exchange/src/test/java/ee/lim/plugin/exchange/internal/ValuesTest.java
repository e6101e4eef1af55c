package ee.lim.plugin.exchange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.junit.jupiter.api.Test;

/** Checks the hand-written value parsers against the JDK's parsers. */
class ValuesTest {
    private static final DateTimeFormatter STRICT_ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Test
    void date_agreesWithStrictIsoParser() {
        Values values = new Values();
        qt().forAll(
                        integers().between(1890, 2210),
                        integers().between(0, 13),
                        integers().between(0, 32))
                .checkAssert(
                        (year, month, day) -> {
                            String text = String.format("%04d-%02d-%02d", year, month, day);
                            LocalDate expected = jdkDate(text);

                            LocalDate actual = parseOrNull(values, text);

                            assertEquals(expected, actual, text);
                        });
    }

    @Test
    void date_rejectsArbitraryText() {
        Values values = new Values();
        qt().forAll(strings().ascii().ofLengthBetween(0, 12))
                .checkAssert(
                        text -> {
                            LocalDate expected = jdkDate(text);

                            LocalDate actual = parseOrNull(values, text);

                            assertEquals(expected, actual, text);
                        });
    }

    @Test
    void date_reusesInstanceForRepeatedDate() {
        Values values = new Values();

        LocalDate first = values.date("2025-09-01", "date");
        LocalDate second = values.date("2025-09-01", "date");

        assertSame(first, second);
    }

    @Test
    void integer_agreesWithParseInt() {
        qt().forAll(integers().between(-5, 2000))
                .checkAssert(
                        n -> {
                            String text = Integer.toString(n);
                            boolean valid = n >= 1 && n <= 1440;

                            if (valid) {
                                assertEquals(n, Values.integer(text, "minutes", 1, 1440));
                            } else {
                                assertThrows(
                                        RejectedRow.class,
                                        () -> Values.integer(text, "minutes", 1, 1440));
                            }
                        });
    }

    @Test
    void number_rejectsDecimalCommaAndSpecialValues() {
        for (String text : new String[] {"4,5", "NaN", "Infinity", "1e999", "0x1p3", "1.5d", ""}) {
            assertThrows(RejectedRow.class, () -> Values.number(text, "value"), text);
        }
        assertEquals(4.5, Values.number("4.5", "value"));
        assertEquals(-1e-3, Values.number("-1e-3", "value"));
    }

    /** Parses with the JDK, applying the format's year range; null if invalid. */
    private static LocalDate jdkDate(String text) {
        try {
            LocalDate date = LocalDate.parse(text, STRICT_ISO);
            boolean inRange = date.getYear() >= 1900 && date.getYear() <= 2199;
            return inRange && text.length() == 10 ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate parseOrNull(Values values, String text) {
        try {
            return values.date(text, "date");
        } catch (RejectedRow e) {
            return null;
        }
    }
}
