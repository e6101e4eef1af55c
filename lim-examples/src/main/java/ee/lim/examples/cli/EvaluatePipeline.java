package ee.lim.examples.cli;

import ee.lim.examples.report.EvaluationReport;
import picocli.CommandLine;

/** Placeholder until the core pieces are merged. */
final class EvaluatePipeline {
    private final EvaluateRequest request;

    EvaluatePipeline(EvaluateRequest request, Progress progress, CommandLine commandLine) {
        this.request = request;
    }

    EvaluationReport run() {
        throw new ee.lim.spi.LimException("not integrated yet " + request.asOf());
    }
}
