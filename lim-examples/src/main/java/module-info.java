/**
 * The {@code lim} command line, the report writers behind it and an example plugin.
 *
 * <p>Start it with {@code java --module-path <jar and lib> -m ee.lim.examples}. It discovers every
 * plugin on the module path; it provides the example rule pack {@code example-failing-grades}. The
 * package {@code ee.lim.examples.report} is exported for JShell users who render a report of their
 * own.
 */
module ee.lim.examples {
    requires ee.lim.core;
    requires info.picocli;
    requires tools.jackson.databind;
    requires static org.apiguardian.api;

    exports ee.lim.examples.report;

    opens ee.lim.examples.cli to
            info.picocli;
    opens ee.lim.examples.report to
            tools.jackson.databind;

    provides ee.lim.spi.IndicatorRulePack with
            ee.lim.examples.plugin.FailingGradesRulePack;
}
