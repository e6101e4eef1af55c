package ee.lim.examples.report;

import java.util.Objects;

/**
 * One reason behind a student's risk: a raised indicator or a model contribution, with its text.
 *
 * @param id the indicator id or feature name; never {@code null}
 * @param category the factor category, such as {@code "ATTENDANCE"}; never {@code null}
 * @param text the reason in the report language; never {@code null}
 * @param weight how much it raised the risk: a log-odds contribution for a model, 1 for a raised
 *     rule
 */
public record ReasonRow(String id, String category, String text, double weight) {
    /**
     * Creates the record.
     *
     * @param id the indicator id or feature name
     * @param category the factor category
     * @param text the reason text
     * @param weight how much it raised the risk
     * @throws NullPointerException if a reference argument is {@code null}
     */
    public ReasonRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
    }
}
