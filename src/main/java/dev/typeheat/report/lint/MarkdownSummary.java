package dev.typeheat.report.lint;

import dev.typeheat.advice.Suggestion;
import dev.typeheat.advice.lint.PlaceFinding;
import dev.typeheat.measure.Durations;

import java.io.PrintWriter;
import java.util.List;

/** A Markdown summary for {@code $GITHUB_STEP_SUMMARY} or a pull-request comment: the costliest places. */
final class MarkdownSummary {
    private MarkdownSummary() {
    }

    static void write(LintContext c, PrintWriter w) {
        List<PlaceFinding> places = c.result().placed();
        int shown = Math.min(c.top(), places.size());
        w.println("## typeheat: " + (places.isEmpty() ? "no new type hotspots"
                : places.size() + " place" + (places.size() == 1 ? "" : "s") + " over the thresholds"));
        w.println();
        if (shown > 0) {
            w.println("| where | rules | query time | nodes | box |");
            w.println("|---|---|---:|---:|---|");
            for (PlaceFinding p : places.subList(0, shown)) {
                List<Suggestion> steps = c.advice().forPlace(p);
                String box = steps.isEmpty() ? "" : "`" + FindingText.call(steps.get(0)) + "` "
                        + (steps.get(0).where().equals(p.where()) ? "here" : "at " + cell(FindingText.where(c, steps.get(0))));
                w.printf("| %s | %s | %s | %,d | %s |%n", cell(p.where()), FindingText.rules(p),
                        p.selfNanos() > 0 ? Durations.format(p.selfNanos()) : "", p.nodes(), box);
            }
            w.println();
            w.println("<details><summary>What each place breaks</summary>");
            w.println();
            for (PlaceFinding p : places.subList(0, shown)) {
                w.println("- **" + cell(p.where()) + "**: " + cell(String.join("; ", FindingText.messages(p))) + "  ");
                w.println("  `" + FindingText.type(c, p, 300).replace("`", "'") + "`");
            }
            w.println();
            w.println("</details>");
            w.println();
        }
        w.println("_" + cell(FindingText.summary(c, shown)) + "._");
    }

    /** Table cells cannot hold pipes or newlines. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
