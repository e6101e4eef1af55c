/**
 * The {@code lim} command line, the report writers behind it and an example plugin.
 *
 * <p>Start it with {@code java --module-path <jar and lib> -m
 * ee.lim.examples/ee.lim.examples.cli.Lim}. It discovers every plugin on the module path and
 * provides the example rule pack {@code example-failing-grades}. It exports {@code
 * ee.lim.examples.research}, short entry points for JShell, and {@code ee.lim.examples.report}, the
 * report writers, for those who render a report of their own.
 */
module ee.lim.examples {
    requires ee.lim.core;
    requires info.picocli;
    requires tools.jackson.databind;
    requires ee.lim.plugin.uci;
    requires ee.lim.plugin.hsds;
    requires ee.lim.plugin.exchange;
    requires ee.lim.testkit;
    requires static org.apiguardian.api;

    exports ee.lim.examples.report;
    exports ee.lim.examples.research;

    opens ee.lim.examples.cli to
            info.picocli;
    opens ee.lim.examples.report to
            tools.jackson.databind;

    provides ee.lim.spi.IndicatorRulePack with
            ee.lim.examples.plugin.FailingGradesRulePack;
}
