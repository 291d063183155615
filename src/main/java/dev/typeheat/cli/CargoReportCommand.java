package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Analyzer;
import dev.typeheat.advice.lint.SourceRoot;
import dev.typeheat.cargo.Measurement;
import dev.typeheat.cargo.Preflight;
import dev.typeheat.input.Terminal;
import dev.typeheat.report.LintFormat;
import dev.typeheat.report.OutputFormat;
import dev.typeheat.report.SuggestReport;
import dev.typeheat.report.html.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cargo typeheat report}: measure, write the HTML report, print the top findings and suggestions. */
@Command(name = "report", mixinStandardHelpOptions = true,
        customSynopsis = "cargo typeheat report [OPTIONS] [-- RUSTC_OPTION...]   (options: cargo typeheat --help)",
        description = {"Measure the crate, write the HTML report (default <target-dir>/typeheat/report.html)",
                "and print the top findings and where to box. What cargo typeheat does without a sub-command."})
public final class CargoReportCommand implements Callable<Integer> {
    static final String PAGE = "report.html";

    @ParentCommand
    CargoCommand parent;

    @Mixin
    ReportOutputOptions report;

    @Override
    public Integer call() throws IOException {
        return run(parent, report);
    }

    static int run(CargoCommand parent, ReportOutputOptions report) throws IOException {
        AnalysisOptions options = parent.analysisOptions();
        Preflight.writable("-o", report.output);
        Measurement m = parent.measure(report.output == null ? List.of(PAGE) : List.of());
        if (!m.succeeded()) {
            return m.exitCode();
        }
        Analyzer analyzer = options.analyzer(m.crateRoot(), m.features());
        Analysis analysis = analyzer.analyze(m.inputs());
        Summaries.printTo(System.err, analysis);
        Path html = report.output != null ? report.output : m.claim(PAGE);
        Outputs.toFile(html, out -> new HtmlReport(analysis.catalog()).write(analysis,
                "cargo typeheat of " + m.crate(), out));
        // -o -: standard output is the page alone (cargo typeheat -o - > page.html), the text goes to stderr
        Path text = Outputs.isStdout(html) ? Outputs.STDERR : null;
        LintRunner.run(analysis, options, SourceRoot.search(parent.crateDir(), analysis.findings()),
                new LintRunner.Request(null, null, LintFormat.text, text, report.top, Terminal.width(100)), System.err);
        Outputs.write(text, out -> new SuggestReport(report.top, 120).write(analysis, OutputFormat.text, out));
        System.err.println("typeheat: report written to " + (Outputs.isStdout(html) ? "standard output" : html));
        m.settle(System.err);
        return ExitCode.OK;
    }
}
