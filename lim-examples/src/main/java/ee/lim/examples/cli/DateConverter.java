package ee.lim.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an ISO date ({@code 2006-01-09}) for {@code --as-of}; any other form is a usage error. */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(
                    "'"
                            + value
                            + "' is not a valid date; use the form YYYY-MM-DD, such as 2006-01-09");
        }
    }
}
