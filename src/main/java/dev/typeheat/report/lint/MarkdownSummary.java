package dev.typeheat.report.lint;

import dev.typeheat.advice.Finding;
import dev.typeheat.advice.Suggestion;

import java.io.PrintWriter;
import java.util.List;

/** A Markdown summary for {@code $GITHUB_STEP_SUMMARY} or a pull-request comment. */
final class MarkdownSummary {
    private MarkdownSummary() {
    }

    static void write(List<Finding> findings, int suppressed, PrintWriter w) {
        w.println("## typeheat: " + (findings.isEmpty() ? "no new type hotspots" : findings.size() + " type hotspot(s)"));
        if (suppressed > 0) {
            w.println();
            w.println("_" + suppressed + " known finding(s) suppressed by the baseline._");
        }
        if (findings.isEmpty()) {
            return;
        }
        w.println();
        w.println("| rule | where | depth | nodes | obligation time | IR lines | box here |");
        w.println("|---|---|---:|---:|---:|---:|---|");
        for (Finding f : findings) {
            String box = f.suggestions().isEmpty() ? "" : cell(f.suggestions().get(0).where() + " `"
                    + f.suggestions().get(0).family().call() + "`");
            w.printf("| `%s` | %s | %d | %,d | %s | %,d | %s |%n", f.rule().id(),
                    cell(FindingText.file(f) + ":" + FindingText.line(f)), f.metrics().depth(), f.metrics().nodes(),
                    f.record().cost().selfNanos() > 0 ? String.format("%.2f s", f.record().cost().selfNanos() / 1e9) : "",
                    f.record().cost().irLines(), box);
        }
        w.println();
        w.println("<details><summary>Types and all suggested places</summary>");
        w.println();
        for (Finding f : findings) {
            w.println("- **" + f.rule().id() + "** " + cell(f.message()) + "  ");
            w.println("  `" + FindingText.shortType(f, 300).replace("`", "'") + "`");
            for (Suggestion s : f.suggestions()) {
                w.println("  - " + cell(s.where()) + ": `" + s.family().call() + "` (" + cell(s.family().remedy())
                        + "), saves " + s.savesNodes() + " nodes");
            }
        }
        w.println();
        w.println("</details>");
    }

    /** Table cells cannot hold pipes or newlines. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
