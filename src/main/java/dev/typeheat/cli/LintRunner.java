package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Baseline;
import dev.typeheat.advice.lint.BoxAdvice;
import dev.typeheat.advice.lint.LintResult;
import dev.typeheat.advice.lint.Linter;
import dev.typeheat.advice.lint.SourceComments;
import dev.typeheat.advice.lint.SourceRoot;
import dev.typeheat.report.LintFormat;
import dev.typeheat.report.TypeNames;
import dev.typeheat.report.lint.LintContext;
import dev.typeheat.report.lint.LintReport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** The lint step shared by {@code typeheat lint} and {@code cargo typeheat lint}: wiring only. */
final class LintRunner {
    /** What the command line asked for. */
    record Request(Path baseline, Path writeBaseline, LintFormat format, Path output, int top, int width) {
    }

    private LintRunner() {
    }

    static int run(Analysis analysis, AnalysisOptions options, SourceRoot root, Request req, PrintStream err)
            throws IOException {
        Baseline baseline = req.baseline() != null && req.writeBaseline() == null ? Baseline.read(req.baseline()) : null;
        Linter linter = new Linter(baseline, options.allows(), new SourceComments(root.dir()));
        LintResult result = linter.run(analysis.findings());
        for (String warning : result.warnings()) {
            err.println("typeheat: warning: " + warning);
        }
        if (!root.known() && !result.placed().isEmpty()) {
            err.println("typeheat: " + result.placed().get(0).location().file() + " is not under the source root "
                    + "(--source-root, default --src or the current directory): allow comments were not read");
        }
        if (req.writeBaseline() != null) {
            Outputs.toFile(req.writeBaseline(), out -> Baseline.write(result.accepted(), out));
            err.printf("typeheat: wrote %d finding(s) to %s: runs with --baseline %s report only new ones%n",
                    result.accepted().size(), req.writeBaseline(), req.writeBaseline());
        }
        LintContext context = new LintContext(result, new BoxAdvice(analysis), new TypeNames(analysis), req.top(),
                req.width(), Main.version(), root);
        Outputs.write(req.output(), out -> LintReport.write(context, req.format(), out));
        // writing a baseline accepts today's findings: the CI step that records it succeeds
        return result.hasFindings() && req.writeBaseline() == null ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
