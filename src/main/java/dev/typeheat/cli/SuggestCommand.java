package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Analyzer;
import dev.typeheat.report.OutputFormat;
import dev.typeheat.report.SuggestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code typeheat suggest PATH...}: where to call .boxed(). */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "Where to call .boxed() (or the family's remedy), with file:line and what it saves.")
public final class SuggestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs: files or directories (sniffed by content).")
    List<Path> paths;

    @Mixin
    AnalysisOptions options;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--top", defaultValue = "20", description = "Show the best N (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    WidthOptions widthOptions;

    private int columns() {
        return widthOptions.columns(120);
    }

    @Override
    public Integer call() throws IOException {
        Analysis analysis = new Analyzer(options.catalog(), options.lintConfig()).analyze(paths);
        Summaries.printTo(System.err, analysis);
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        new SuggestReport(top, columns()).write(analysis, format, out);
        out.flush();
        return ExitCode.OK;
    }
}
