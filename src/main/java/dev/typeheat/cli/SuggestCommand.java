package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Analyzer;
import dev.typeheat.report.SuggestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
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

    @Mixin
    SuggestOutputOptions output;

    @Override
    public Integer call() throws IOException {
        Analysis analysis = options.analyzer().analyze(paths);
        Summaries.printTo(System.err, analysis);
        return emit(analysis, output);
    }

    /** Prints the suggestions (typeheat suggest and cargo typeheat suggest). */
    static int emit(Analysis analysis, SuggestOutputOptions o) throws IOException {
        Outputs.toStdout(out -> new SuggestReport(o.top, o.columns()).write(analysis, o.format, out));
        return ExitCode.OK;
    }
}
