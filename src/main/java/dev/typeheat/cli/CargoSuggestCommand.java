package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Analyzer;
import dev.typeheat.cargo.Measurement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cargo typeheat suggest}: measure, then {@code typeheat suggest} on what was measured. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        customSynopsis = "cargo typeheat suggest [OPTIONS] [-- RUSTC_OPTION...]   (options: cargo typeheat --help)",
        description = "Measure the crate and print where to call .boxed(), like typeheat suggest.")
public final class CargoSuggestCommand implements Callable<Integer> {
    @ParentCommand
    CargoCommand parent;

    @Mixin
    SuggestOutputOptions output;

    @Override
    public Integer call() throws IOException {
        AnalysisOptions options = parent.analysisOptions();
        Measurement m = parent.measure(List.of());
        if (!m.succeeded()) {
            return m.exitCode();
        }
        Analysis analysis = CargoCommand.analyzeMeasured(options, m);
        int code = SuggestCommand.emit(analysis, output);
        m.settle(System.err);
        return code;
    }
}
