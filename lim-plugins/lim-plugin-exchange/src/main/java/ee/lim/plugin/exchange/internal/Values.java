package ee.lim.plugin.exchange.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Parses the typed values of the format without regular expressions or exceptions on the common
 * path. Dates take a fast path for ISO {@code yyyy-MM-dd} and reuse the last parsed {@link
 * LocalDate} while the date repeats, as it does row after row in an attendance file. Not
 * thread-safe: each file read gets its own instance.
 */
final class Values {
    /** Earliest year accepted in a date, to catch typos such as {@code 0205-09-01}. */
    static final int MIN_YEAR = 1900;

    /** Latest year accepted in a date. */
    static final int MAX_YEAR = 2199;

    /** Longest accepted value in characters. */
    static final int MAX_TEXT_LENGTH = 1000;

    private int lastYear;
    private int lastMonth;
    private int lastDay;
    private LocalDate lastDate;

    /**
     * Parses an ISO date.
     *
     * @param value the text
     * @param column the column, for the rejection
     * @return the date
     * @throws RejectedRow if the value is not a valid date from 1900 to 2199
     */
    LocalDate date(String value, String column) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            throw new RejectedRow(column, dateReason(value));
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 2);
        int day = digits(value, 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            throw new RejectedRow(column, dateReason(value));
        }
        if (year == lastYear && month == lastMonth && day == lastDay && lastDate != null) {
            return lastDate;
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new RejectedRow(
                    column,
                    "year " + year + " is outside " + MIN_YEAR + " to " + MAX_YEAR + "; check it");
        }
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            throw new RejectedRow(column, "month " + month + " of " + year + " has no day " + day);
        }
        LocalDate date = LocalDate.of(year, month, day);
        lastYear = year;
        lastMonth = month;
        lastDay = day;
        lastDate = date;
        return date;
    }

    /**
     * Parses an optional ISO date.
     *
     * @param value the text, empty when absent
     * @param column the column
     * @return the date, or {@code null} for an empty value
     * @throws RejectedRow if the value is not empty and not a valid date
     */
    LocalDate optionalDate(String value, String column) {
        return value.isEmpty() ? null : date(value, column);
    }

    /**
     * Parses an optional year and month, {@code yyyy-MM}.
     *
     * @param value the text, empty when absent
     * @param column the column
     * @return the month, or {@code null} for an empty value
     * @throws RejectedRow if the value is not a valid month
     */
    static YearMonth optionalYearMonth(String value, String column) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() != 7 || value.charAt(4) != '-') {
            throw new RejectedRow(column, "expected a year and month as yyyy-MM, such as 2012-03");
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 2);
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) {
            throw new RejectedRow(
                    column,
                    "expected a year and month as yyyy-MM from "
                            + MIN_YEAR
                            + " to "
                            + MAX_YEAR
                            + ", such as 2012-03");
        }
        return YearMonth.of(year, month);
    }

    /**
     * Parses a non-negative integer without a sign.
     *
     * @param value the text
     * @param column the column
     * @param min the smallest allowed value, 0 or more
     * @param max the largest allowed value
     * @return the integer
     * @throws RejectedRow if the value is not an integer in range
     */
    static int integer(String value, String column, int min, int max) {
        int parsed = value.length() > 9 ? -1 : digits(value, 0, value.length());
        if (parsed < 0 || value.isEmpty()) {
            throw new RejectedRow(
                    column,
                    "expected a whole number from " + min + " to " + max + ", without sign");
        }
        if (parsed < min || parsed > max) {
            throw new RejectedRow(column, "value " + parsed + " is outside " + min + " to " + max);
        }
        return parsed;
    }

    /**
     * Parses an optional non-negative integer.
     *
     * @param value the text, empty when absent
     * @param column the column
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the integer, or {@code null} for an empty value
     * @throws RejectedRow if the value is not empty and not an integer in range
     */
    static Integer optionalInteger(String value, String column, int min, int max) {
        return value.isEmpty() ? null : integer(value, column, min, max);
    }

    /**
     * Parses a finite decimal number with {@code .} as the decimal separator and an optional
     * exponent.
     *
     * @param value the text
     * @param column the column
     * @return the number
     * @throws RejectedRow if the value is not such a number
     */
    static double number(String value, String column) {
        if (value.isEmpty() || value.length() > 40) {
            throw new RejectedRow(column, "expected a number such as 3 or 4.5");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed =
                    (c >= '0' && c <= '9')
                            || c == '.'
                            || c == '-'
                            || c == '+'
                            || c == 'e'
                            || c == 'E';
            if (!allowed) {
                String reason =
                        c == ','
                                ? "use . as the decimal separator, such as 4.5"
                                : "expected a number such as 3 or 4.5";
                throw new RejectedRow(column, reason);
            }
        }
        try {
            double parsed = Double.parseDouble(value);
            if (!Double.isFinite(parsed)) {
                throw new RejectedRow(column, "the number is too large");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new RejectedRow(column, "expected a number such as 3 or 4.5");
        }
    }

    /**
     * Checks a free-text value: not longer than {@value #MAX_TEXT_LENGTH} characters, no NUL and no
     * replacement character, which marks bytes that were not valid UTF-8.
     *
     * @param value the text
     * @param column the column
     * @return the value, or {@code null} when it is empty
     * @throws RejectedRow if the text breaks a rule
     */
    static String optionalText(String value, String column) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            throw new RejectedRow(
                    column,
                    "value has "
                            + value.length()
                            + " characters; at most "
                            + MAX_TEXT_LENGTH
                            + " are allowed");
        }
        if (value.indexOf('\uFFFD') >= 0 || value.indexOf('\u0000') >= 0) {
            throw new RejectedRow(
                    column, "value contains bytes that are not valid UTF-8 or a NUL character");
        }
        return value;
    }

    /**
     * Checks a required free-text value.
     *
     * @param value the text
     * @param column the column
     * @return the value
     * @throws RejectedRow if the value is empty or breaks a rule of {@link #optionalText}
     */
    static String text(String value, String column) {
        String checked = optionalText(value, column);
        if (checked == null || checked.isBlank()) {
            throw new RejectedRow(column, "value is missing");
        }
        return checked;
    }

    /**
     * Rejects an unknown code with the allowed ones.
     *
     * @param column the column
     * @param allowed the allowed codes, for the message
     * @return the rejection for the caller to throw
     */
    static RejectedRow unknownCode(String column, String allowed) {
        return new RejectedRow(column, "unknown code; allowed: " + allowed);
    }

    /**
     * Parses the code of an enum, ignoring case.
     *
     * @param <E> the enum
     * @param type the enum class
     * @param value the text
     * @param column the column
     * @return the constant
     * @throws RejectedRow if no constant has that name
     */
    static <E extends Enum<E>> E code(Class<E> type, String value, String column) {
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E constant : constants) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name());
        }
        if (value.isEmpty()) {
            throw missingCode(column, allowed.toString());
        }
        throw unknownCode(column, allowed.toString());
    }

    /**
     * Parses an optional enum code.
     *
     * @param <E> the enum
     * @param type the enum class
     * @param value the text, empty when absent
     * @param column the column
     * @return the constant, or {@code null} for an empty value
     * @throws RejectedRow if the value is not empty and no constant has that name
     */
    static <E extends Enum<E>> E optionalCode(Class<E> type, String value, String column) {
        return value.isEmpty() ? null : code(type, value, column);
    }

    private static RejectedRow missingCode(String column, String allowed) {
        return new RejectedRow(column, "value is missing; allowed: " + allowed);
    }

    private static String dateReason(String value) {
        if (value.isEmpty()) {
            return "date is missing";
        }
        return "expected an ISO date yyyy-MM-dd, such as 2025-09-01";
    }

    /** Returns the number in {@code length} decimal digits at {@code start}, or -1. */
    private static int digits(String value, int start, int length) {
        int result = 0;
        for (int i = start; i < start + length; i++) {
            int digit = value.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            result = result * 10 + digit;
        }
        return result;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> {
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                yield leap ? 29 : 28;
            }
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
