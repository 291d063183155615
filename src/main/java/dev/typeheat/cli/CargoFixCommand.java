package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.cargo.Measurement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cargo typeheat fix}: measure, then {@code typeheat fix} on what was measured. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        customSynopsis = "cargo typeheat fix [--apply] [OPTIONS] [-- RUSTC_OPTION...]   (options: cargo typeheat --help)",
        description = "Measure the crate and print the box plan as a diff of its source (--apply writes it), like typeheat fix.")
public final class CargoFixCommand implements Callable<Integer> {
    @ParentCommand
    CargoCommand parent;

    @Mixin
    FixOutputOptions fix;

    @Override
    public Integer call() throws IOException {
        AnalysisOptions options = parent.analysisOptions();
        Measurement m = parent.measure(List.of());
        if (!m.succeeded()) {
            return m.exitCode();
        }
        Analysis analysis = CargoCommand.analyzeMeasured(options, m);
        int code = FixCommand.emit(analysis, m.crateRoot(), fix);
        m.settle(System.err);
        return code;
    }
}
