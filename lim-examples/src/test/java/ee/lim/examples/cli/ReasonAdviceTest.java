package ee.lim.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.lim.examples.report.ReasonRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One student's reasons show each category's advice once and keep every measured fact. */
class ReasonAdviceTest {
    private static final String GRADES_ADVICE =
            "Agree with the subject teachers on how the student makes up the failed work.";
    private static final String ATTENDANCE_ADVICE = "Talk with the family about the absences.";

    private static ReasonRow reason(String id, String category, String text) {
        return new ReasonRow(id, category, text, 1.0);
    }

    @Test
    void oncePerCategory_repeatedAdvice_keptOnFirst() {
        List<ReasonRow> reasons =
                List.of(
                        reason(
                                "pack/failures",
                                "GRADES",
                                "Failed classes: 2 (threshold 1, rule pack/failures). Risk level:"
                                        + " high. "
                                        + GRADES_ADVICE),
                        reason(
                                "grade.P1",
                                "GRADES",
                                "Grade P1: 0.25. This raised the model's risk estimate (log-odds"
                                        + " +3.95). "
                                        + GRADES_ADVICE));

        List<ReasonRow> result = ReasonAdvice.oncePerCategory(reasons);

        assertEquals(reasons.get(0).text(), result.get(0).text());
        assertEquals(
                "Grade P1: 0.25. This raised the model's risk estimate (log-odds +3.95).",
                result.get(1).text());
        assertEquals("grade.P1", result.get(1).id());
        assertEquals("GRADES", result.get(1).category());
        assertEquals(1.0, result.get(1).weight());
    }

    @Test
    void oncePerCategory_otherCategory_keepsItsAdvice() {
        List<ReasonRow> reasons =
                List.of(
                        reason("a", "GRADES", "Failed classes: 2. " + GRADES_ADVICE),
                        reason("b", "ATTENDANCE", "Absences: 12. " + ATTENDANCE_ADVICE),
                        reason("c", "ATTENDANCE", "Late arrivals: 5. " + ATTENDANCE_ADVICE));

        List<ReasonRow> result = ReasonAdvice.oncePerCategory(reasons);

        assertEquals("Failed classes: 2. " + GRADES_ADVICE, result.get(0).text());
        assertEquals("Absences: 12. " + ATTENDANCE_ADVICE, result.get(1).text());
        assertEquals("Late arrivals: 5.", result.get(2).text());
    }

    @Test
    void oncePerCategory_oneSentenceReasons_keptWhole() {
        List<ReasonRow> reasons =
                List.of(
                        reason("a", "GRADES", "Failing grades in the last 2 weeks: 1."),
                        reason("b", "GRADES", "Failing grades in the last 2 weeks: 1."));

        List<ReasonRow> result = ReasonAdvice.oncePerCategory(reasons);

        assertEquals(reasons, result);
    }

    @Test
    void oncePerCategory_differentAdvice_bothKept() {
        List<ReasonRow> reasons =
                List.of(
                        reason("a", "GRADES", "Failed classes: 2. " + GRADES_ADVICE),
                        reason("b", "GRADES", "Grade P1: 0.25. Consider extra study support."));

        assertEquals(reasons, ReasonAdvice.oncePerCategory(reasons));
    }
}
