package dev.typeheat.report.lint;

import dev.typeheat.advice.lint.PlaceFinding;
import dev.typeheat.input.Terminal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings for a terminal, like a compiler: {@code file:line:col: rules}, then what is over which
 * threshold, the type and where to box; the costliest {@code --top} places, wrapped to the width, and one
 * closing summary.
 */
final class TextFindings {
    private static final String INDENT = "    ";

    private TextFindings() {
    }

    static void write(LintContext c, PrintWriter w) {
        List<PlaceFinding> places = c.result().placed();
        int shown = Math.min(c.top(), places.size());
        // room left under --top goes to findings without a source place, named where they were seen
        List<PlaceFinding> unplaced = c.result().unplaced();
        int shownUnplaced = Math.min(c.top() - shown, unplaced.size());
        List<PlaceFinding> all = new ArrayList<>(places.subList(0, shown));
        all.addAll(unplaced.subList(0, shownUnplaced));
        for (PlaceFinding p : all) {
            w.println(Terminal.style(FindingText.where(p), "1") + ": " + Terminal.style(FindingText.rules(p), "31")
                    + (p.placed() ? "" : " (no source place)"));
            for (String line : wrap(String.join("; ", FindingText.messages(p)), c.width() - INDENT.length())) {
                w.println(INDENT + line);
            }
            w.println(INDENT + "type: " + FindingText.type(c, p, c.width() - INDENT.length() - 6));
            String box = FindingText.box(c, p);
            if (box != null) {
                for (String line : wrap("box:  " + box, c.width() - INDENT.length())) {
                    w.println(INDENT + line);
                }
            }
        }
        for (String line : wrap(FindingText.summary(c, shown, shownUnplaced), c.width())) {
            w.println(line);
        }
    }

    /** Words wrapped to {@code width}; a word longer than that stays whole on its own line. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
