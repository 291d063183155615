package dev.typeheat.report.lint;

import dev.typeheat.advice.Finding;
import dev.typeheat.report.LintFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Renders lint findings in the chosen format. */
public final class LintReport {
    private final String version;

    public LintReport(String version) {
        this.version = version;
    }

    public void write(List<Finding> findings, int suppressed, LintFormat format, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        switch (format) {
            case json:
                JsonFindings.write(findings, suppressed, out);
                break;
            case sarif:
                SarifFindings.write(findings, version, out);
                break;
            case github:
                GithubAnnotations.write(findings, w);
                break;
            case markdown:
                MarkdownSummary.write(findings, suppressed, w);
                break;
            default:
                TextFindings.write(findings, suppressed, w);
        }
        w.flush();
    }
}
