package ee.lim.examples.cli;

import ee.lim.examples.report.RunReport;

/** Placeholder until the core pieces are merged. */
final class RunPipeline {
    private final RunRequest request;
    private final Progress progress;

    RunPipeline(RunRequest request, Progress progress) {
        this.request = request;
        this.progress = progress;
    }

    RunReport run() {
        throw new ee.lim.spi.LimException(
                "not integrated yet " + request.asOf() + progress.isActive());
    }
}
