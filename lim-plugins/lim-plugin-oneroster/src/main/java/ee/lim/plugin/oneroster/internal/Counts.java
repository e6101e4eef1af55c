package ee.lim.plugin.oneroster.internal;

import java.util.Map;
import java.util.TreeMap;

/** Accepted records per kind, for {@link ee.lim.spi.ImportReport#accepted()}. Not thread-safe. */
final class Counts {
    private final Map<String, Long> counts = new TreeMap<>();

    /**
     * Counts one accepted record.
     *
     * @param kind the record kind, such as {@code "students"}
     */
    void add(String kind) {
        counts.merge(kind, 1L, Long::sum);
    }

    /**
     * Returns the counts so far.
     *
     * @return an unmodifiable copy
     */
    Map<String, Long> map() {
        return Map.copyOf(counts);
    }
}
