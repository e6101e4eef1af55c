package ee.lim.examples.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.lim.core.evaluation.EvaluationReport;
import ee.lim.spi.model.Cohort;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResearchTest {
    @Test
    void uci_loadsTheBundledCohort() {
        Cohort cohort = Research.uci();

        assertEquals(649, cohort.students().size());
        assertEquals(LocalDate.of(2005, 12, 17), Research.firstPeriodEnd(cohort));
    }

    @Test
    void evaluate_outOfFoldMetricsAndFairnessTable() {
        EvaluationReport report = Research.evaluate(Research.uci(), 5, 42);

        assertEquals(649, report.size());
        assertTrue(report.auc() > 0.7, "AUC " + report.auc());
        assertTrue(report.auc() <= 1.0, "AUC " + report.auc());
        String table = Research.fairnessTable(report);
        assertTrue(table.contains("sex"), table);
        assertTrue(table.lines().anyMatch(line -> line.startsWith("sex          F")), table);
    }
}
