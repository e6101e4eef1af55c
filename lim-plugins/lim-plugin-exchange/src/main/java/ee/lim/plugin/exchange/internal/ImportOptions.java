package ee.lim.plugin.exchange.internal;

import ee.lim.spi.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of an exchange import.
 *
 * @param delimiter the delimiter, or 0 to detect it from each header line
 * @param maxRecordChars the longest record in characters before a file stops being read
 * @param maxProblemsPerFile the most problems listed per file
 * @param hash whether to compute the SHA-256 of the input
 * @param unknown option names that were not recognised
 */
record ImportOptions(
        char delimiter,
        long maxRecordChars,
        int maxProblemsPerFile,
        boolean hash,
        List<String> unknown) {

    static final String DELIMITER = "delimiter";
    static final String MAX_RECORD_CHARS = "max-record-chars";
    static final String MAX_PROBLEMS = "max-problems";
    static final String HASH = "hash";

    private static final Set<String> KNOWN =
            Set.of(DELIMITER, MAX_RECORD_CHARS, MAX_PROBLEMS, HASH);

    /**
     * Parses the options.
     *
     * @param options the options of the source input
     * @return the parsed options
     * @throws InvalidInputException if a value is invalid
     */
    static ImportOptions parse(Map<String, String> options) {
        char delimiter = delimiter(options.getOrDefault(DELIMITER, "auto"));
        long maxRecordChars =
                number(options.getOrDefault(MAX_RECORD_CHARS, "1000000"), MAX_RECORD_CHARS);
        long maxProblems = number(options.getOrDefault(MAX_PROBLEMS, "1000"), MAX_PROBLEMS);
        String hash = options.getOrDefault(HASH, "sha256");
        if (!hash.equals("sha256") && !hash.equals("none")) {
            throw new InvalidInputException(
                    "SourceInput.options." + HASH, "option hash must be sha256 or none");
        }
        Set<String> unknown = new TreeSet<>(options.keySet());
        unknown.removeAll(KNOWN);
        return new ImportOptions(
                delimiter,
                maxRecordChars,
                (int) Math.min(Integer.MAX_VALUE, maxProblems),
                hash.equals("sha256"),
                List.copyOf(unknown));
    }

    private static char delimiter(String value) {
        return switch (value) {
            case "auto" -> 0;
            case ",", "comma" -> ',';
            case ";", "semicolon" -> ';';
            case "\t", "tab" -> '\t';
            default ->
                    throw new InvalidInputException(
                            "SourceInput.options." + DELIMITER,
                            "option delimiter must be auto, comma (,), semicolon (;) or tab");
        };
    }

    private static long number(String value, String name) {
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new InvalidInputException(
                "SourceInput.options." + name,
                "option " + name + " must be a whole number of 1 or more, got '" + value + "'");
    }
}
