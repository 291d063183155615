package dev.typeheat.report.lint;

import dev.typeheat.report.LintFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Renders lint's places in the chosen format. */
public final class LintReport {
    private LintReport() {
    }

    public static void write(LintContext c, LintFormat format, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        switch (format) {
            case json:
                JsonFindings.write(c, out);
                break;
            case sarif:
                SarifFindings.write(c, out);
                break;
            case github:
                GithubAnnotations.write(c, w);
                break;
            case markdown:
                MarkdownSummary.write(c, w);
                break;
            default:
                TextFindings.write(c, w);
        }
        w.flush();
    }
}
