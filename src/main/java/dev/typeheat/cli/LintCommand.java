package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Analyzer;
import dev.typeheat.advice.Baseline;
import dev.typeheat.advice.Finding;
import dev.typeheat.report.lint.LintReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
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

    @Mixin
    LintOutputOptions output;

    @Override
    public Integer call() throws IOException {
        Analysis analysis = options.analyzer().analyze("lint", paths);
        Summaries.printTo(System.err, analysis);
        return emit(analysis, output);
    }

    /** Prints the findings and keeps the baseline (typeheat lint and cargo typeheat lint). */
    static int emit(Analysis analysis, LintOutputOptions o) throws IOException {
        List<Finding> all = analysis.findings();
        List<Finding> shown = o.baseline != null ? Baseline.read(o.baseline).newFindings(all) : all;
        if (o.writeBaseline != null) {
            Outputs.toFile(o.writeBaseline, out -> Baseline.write(all, out));
        }
        Outputs.write(o.output, out -> new LintReport(Main.version()).write(shown, all.size() - shown.size(), o.format, out));
        return shown.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
