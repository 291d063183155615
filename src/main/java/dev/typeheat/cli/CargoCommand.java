package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Analyzer;
import dev.typeheat.advice.Baseline;
import dev.typeheat.advice.Finding;
import dev.typeheat.build.CargoBuild;
import dev.typeheat.report.LintFormat;
import dev.typeheat.report.OutputFormat;
import dev.typeheat.report.SuggestReport;
import dev.typeheat.report.html.HtmlReport;
import dev.typeheat.report.lint.LintReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code typeheat cargo [report|suggest|lint] [CARGO OPTIONS] [-- RUSTC OPTIONS]}, installed as
 * {@code cargo typeheat}: builds the crate with the self-profiler, IR and type sizes on, collects what
 * rustc wrote into {@code target/typeheat/}, and analyses it.
 */
@Command(name = "cargo", description = {"Build a Rust crate with measurement on and analyse it (cargo typeheat).",
        "Usage: typeheat cargo [report|suggest|lint] [cargo options] [typeheat options] [-- rustc options]",
        "cargo options: -p, --bin, --lib, --release, --profile, --features, --all-features, --no-default-features,",
        "  --target, --target-dir, --manifest-path, -j; typeheat options: --format, --max-*, --config,",
        "  --baseline, --write-baseline, -o, --top, --mono-stats, --toolchain stable|nightly"})
public final class CargoCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "ARGS", description = "See the usage above.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        CargoBuild.Options opts = CargoBuild.Options.parse(args);
        CargoBuild.Result build = new CargoBuild(opts, System.err).run();
        if (build.exitCode() != 0) {
            return build.exitCode();
        }
        List<String> analysisArgs = opts.analysisArgs();
        AnalysisOptions options = new AnalysisOptions();
        picocli.CommandLine.populateCommand(options, analysisArgs.toArray(new String[0]));
        Analyzer analyzer = new Analyzer(options.catalog(), options.lintConfig());
        Analysis analysis = analyzer.analyze(List.of(build.outputDir()));
        Summaries.printTo(System.err, analysis);
        int top = opts.top();
        switch (opts.mode()) {
            case "lint": {
                List<Finding> all = analysis.findings();
                List<Finding> shown = opts.baseline() != null ? Baseline.read(opts.baseline()).newFindings(all) : all;
                if (opts.writeBaseline() != null) {
                    Baseline.write(opts.writeBaseline(), all);
                }
                try (OutputStream out = opts.output() != null ? Outputs.file(opts.output()) : Outputs.stdout()) {
                    new LintReport(Main.version()).write(shown, all.size() - shown.size(),
                            LintFormat.valueOf(opts.format("text")), out);
                }
                return shown.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
            }
            case "suggest":
                try (OutputStream out = Outputs.stdout()) {
                    new SuggestReport(top, 120).write(analysis, OutputFormat.valueOf(opts.format("text")), out);
                }
                return ExitCode.OK;
            default: {
                Path html = opts.output() != null ? opts.output() : build.outputDir().resolve("report.html");
                try (OutputStream out = Outputs.file(html)) {
                    new HtmlReport(analyzer.measurer(), options.catalog()).write(analysis, "cargo typeheat of "
                            + build.crateName(), out);
                }
                try (OutputStream out = Outputs.stdout()) {
                    new LintReport(Main.version()).write(analysis.findings().subList(0,
                            Math.min(top, analysis.findings().size())), 0, LintFormat.text, out);
                    new SuggestReport(top, 120).write(analysis, OutputFormat.text, out);
                }
                System.err.println("typeheat: report written to " + html);
                return ExitCode.OK;
            }
        }
    }
}
