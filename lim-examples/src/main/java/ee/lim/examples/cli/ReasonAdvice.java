package ee.lim.examples.cli;

import ee.lim.examples.report.ReasonRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes repeated advice from one student's reasons. lim-core's explainer ends each reason with
 * the advice sentence of its factor category, so a student with several reasons of one category
 * would read the same advice several times. Stateless and thread-safe.
 */
final class ReasonAdvice {
    private ReasonAdvice() {}

    /**
     * Returns the reasons with each category's advice shown once: when a reason's last sentence
     * equals the last sentence of an earlier reason of the same category, it is cut from the later
     * reason. The sentences before it, with the measured value, stay. A reason of one sentence is
     * kept whole.
     *
     * @param reasons one student's reasons, most important first; never {@code null}
     * @return the reasons in the same order, with the same ids, categories and weights
     */
    static List<ReasonRow> oncePerCategory(List<ReasonRow> reasons) {
        // NOTE: the advice is taken to be the last sentence, because lim-core's Explainer returns
        // each reason as one text. A reason whose advice is not last keeps its repeated advice.
        Map<String, Set<String>> shownByCategory = new HashMap<>();
        List<ReasonRow> result = new ArrayList<>(reasons.size());
        for (ReasonRow reason : reasons) {
            Set<String> shown =
                    shownByCategory.computeIfAbsent(reason.category(), c -> new HashSet<>());
            String text = reason.text().strip();
            int start = lastSentenceStart(text);
            if (start > 0 && !shown.add(text.substring(start))) {
                text = text.substring(0, start).strip();
            }
            result.add(new ReasonRow(reason.id(), reason.category(), text, reason.weight()));
        }
        return result;
    }

    /**
     * Returns where the last sentence of {@code text} starts: after the last ". ", "! " or "? ", or
     * -1 if the text is one sentence.
     */
    private static int lastSentenceStart(String text) {
        int boundary = -1;
        for (String end : new String[] {". ", "! ", "? "}) {
            boundary = Math.max(boundary, text.lastIndexOf(end));
        }
        return boundary < 0 ? -1 : boundary + 2;
    }
}
