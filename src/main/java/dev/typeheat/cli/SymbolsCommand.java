package dev.typeheat.cli;

import dev.typeheat.input.InputFiles;
import dev.typeheat.input.symbols.SymbolLines;
import dev.typeheat.measure.SymbolStats;
import dev.typeheat.report.OutputFormat;
import dev.typeheat.report.SymbolsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
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

    @Option(names = "--top", defaultValue = "15", description = "Rows per table (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    WidthOptions widthOptions;

    private int columns() {
        return widthOptions.columns(160);
    }

    @Override
    public Integer call() throws IOException {
        SymbolStats stats = new SymbolStats();
        for (Path f : files) {
            long skipped = 0;
            try (BufferedReader r = InputFiles.readerOrStdin(f)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String symbol = SymbolLines.symbolOf(line);
                    if (symbol == null) {
                        skipped++;
                    } else {
                        stats.add(symbol);
                    }
                }
            }
            if (stats.symbols() == 0 && skipped > 0) {
                throw new dev.typeheat.input.InputException(f.toString(), "no symbols found (" + skipped
                        + " line(s), none from nm, objdump, perf or a backtrace)");
            }
            if (skipped > 0) {
                System.err.println("typeheat: " + f + ": skipped " + skipped + " line(s) without a symbol");
            }
        }
        try (OutputStream out = Outputs.stdout()) {
            new SymbolsReport(top, columns()).write(stats, format, out);
        }
        return ExitCode.OK;
    }
}
