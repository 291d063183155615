package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Analyzer;
import dev.typeheat.advice.lint.SourceRoot;
import dev.typeheat.cargo.Measurement;
import dev.typeheat.cargo.Preflight;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cargo typeheat lint}: measure, then {@code typeheat lint} on what was measured (exit 1 on new findings). */
@Command(name = "lint", mixinStandardHelpOptions = true,
        customSynopsis = "cargo typeheat lint [OPTIONS] [-- RUSTC_OPTION...]   (options: cargo typeheat --help)",
        description = {"Measure the crate and check its types against the thresholds, like typeheat lint:",
                "exit 1 on findings not in the baseline."})
public final class CargoLintCommand implements Callable<Integer> {
    @ParentCommand
    CargoCommand parent;

    @Mixin
    LintOutputOptions output;

    @Override
    public Integer call() throws IOException {
        AnalysisOptions options = parent.analysisOptions();
        Preflight.readable("--baseline", output.baseline);
        Preflight.writable("--write-baseline", output.writeBaseline);
        Preflight.writable("-o", output.output);
        Measurement m = parent.measure(List.of());
        if (!m.succeeded()) {
            return m.exitCode();
        }
        Analysis analysis = CargoCommand.analyzeMeasured(options, m);
        int code = LintRunner.run(analysis, options, SourceRoot.search(parent.crateDir(), analysis.findings()),
                output.request(), System.err);
        m.settle(System.err);
        return code;
    }
}
