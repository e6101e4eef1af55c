// JShell start-up script for LIM. './lim jshell' loads it after JShell's default imports.
// Try:
//   var cohort = Research.uci();
//   var report = Research.evaluate(cohort, 5, 42);
//   report.auc()
//   System.out.println(Research.fairnessTable(report));
import ee.lim.core.*;
import ee.lim.core.evaluation.*;
import ee.lim.core.model.*;
import ee.lim.examples.research.Research;
import ee.lim.examples.report.ReportJson;
import ee.lim.spi.*;
import ee.lim.spi.model.*;
import ee.lim.spi.risk.*;
System.out.println("LIM is loaded. Try: var cohort = Research.uci(); var report = Research.evaluate(cohort, 5, 42); report.auc(); System.out.println(Research.fairnessTable(report));");
