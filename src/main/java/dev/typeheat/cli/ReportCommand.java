package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Analyzer;
import dev.typeheat.report.html.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code typeheat report PATH... -o report.html}: one self-contained interactive page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write one self-contained HTML report (no network needed to open it): what was read,",
                "hotspots, where to box, a type explorer and obligation time against type size."})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs: files or directories (sniffed by content).")
    List<Path> paths;

    @Mixin
    AnalysisOptions options;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "typeheat-report.html",
            description = "Where to write the page (default: ${DEFAULT-VALUE}; - for stdout).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Analyzer analyzer = options.analyzer();
        Analysis analysis = analyzer.analyze("report", paths);
        Summaries.printTo(System.err, analysis);
        String title = "report of " + String.join(", ", paths.stream().map(Path::toString).toList());
        Outputs.toFile(output, out -> new HtmlReport(analysis.catalog()).write(analysis, title, out));
        if (!Outputs.isStdout(output)) {
            System.err.println("typeheat: wrote " + output);
        }
        return ExitCode.OK;
    }
}
