/**
 * The outputs of the {@code lim} command line: the report model, {@code report.json}, the CSV
 * tables and the self-contained {@code report.html}, written into an output folder all at once.
 */
package ee.lim.examples.report;
