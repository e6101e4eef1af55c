package ee.lim.examples.report;

import java.util.Objects;

/**
 * Coverage of one need in one municipality: students with the need, those a service with room
 * covers, and the gap.
 *
 * @param need the need category id; never {@code null}
 * @param municipality the municipality, or {@code ""} for students without one; never {@code null}
 * @param withNeed students with the need
 * @param covered students with the need matched to a service
 * @param gap {@code withNeed - covered}
 */
public record CoverageRow(String need, String municipality, int withNeed, int covered, int gap) {
    /**
     * Creates the record.
     *
     * @param need the need category id
     * @param municipality the municipality
     * @param withNeed students with the need
     * @param covered students covered
     * @param gap students not covered
     * @throws NullPointerException if a reference argument is {@code null}
     * @throws IllegalArgumentException if the counts are negative or do not add up
     */
    public CoverageRow {
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(municipality, "municipality");
        if (withNeed < 0 || covered < 0 || covered > withNeed || gap != withNeed - covered) {
            throw new IllegalArgumentException(
                    "coverage counts must satisfy 0 <= covered <= withNeed and gap = withNeed -"
                            + " covered, got "
                            + withNeed
                            + ", "
                            + covered
                            + ", "
                            + gap);
        }
    }
}
