package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Analyzer;
import dev.typeheat.advice.Baseline;
import dev.typeheat.advice.Finding;
import dev.typeheat.report.LintFormat;
import dev.typeheat.report.lint.LintReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code typeheat lint PATH...}: findings over thresholds; exit 1 when there are new ones. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check types against thresholds; exit 1 on findings not in the baseline.",
                "Rules: deep-type, long-chain, slow-obligation, bloated-generic."})
public final class LintCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs: files or directories (sniffed by content).")
    List<Path> paths;

    @Mixin
    AnalysisOptions options;

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif, github or markdown (default: ${DEFAULT-VALUE}).")
    LintFormat format;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Suppress findings recorded in FILE.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record all current findings in FILE.")
    Path writeBaseline;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Analysis analysis = new Analyzer(options.catalog(), options.lintConfig()).analyze(paths);
        Summaries.printTo(System.err, analysis);
        List<Finding> all = analysis.findings();
        List<Finding> shown = baseline != null ? Baseline.read(baseline).newFindings(all) : all;
        if (writeBaseline != null) {
            Baseline.write(writeBaseline, all);
        }
        try (OutputStream out = output != null ? Outputs.file(output) : Outputs.stdout()) {
            new LintReport(Main.version()).write(shown, all.size() - shown.size(), format, out);
        }
        return shown.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
