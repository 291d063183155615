package dev.typeheat.cli;

import dev.typeheat.advice.SymbolInputs;
import dev.typeheat.input.Inputs;
import dev.typeheat.report.OutputFormat;
import dev.typeheat.report.SymbolsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code typeheat symbols FILE...}: symbol lists ranked by the size of their types. */
@Command(name = "symbols", mixinStandardHelpOptions = true,
        description = {"Read nm / llvm-nm / objdump / perf report / backtrace text (mangled or not) and rank",
                "symbols by type size, generic functions by instantiations, and symbols per crate."})
public final class SymbolsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Symbol lists (.gz/.zst too; - for stdin).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--top", defaultValue = "15", description = "Rows per table (default: ${DEFAULT-VALUE}).",
            converter = Counts.Int.class)
    int top;

    @Mixin
    WidthOptions widthOptions;

    private int columns() {
        return widthOptions.columns(160);
    }

    @Override
    public Integer call() throws IOException {
        SymbolInputs use = new SymbolInputs();
        Summaries.printReads(System.err, new Inputs(use).read(files));
        Outputs.toStdout(out -> new SymbolsReport(top, columns()).write(use.stats(), format, out));
        return ExitCode.OK;
    }
}
