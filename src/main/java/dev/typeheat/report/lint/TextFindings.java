package dev.typeheat.report.lint;

import dev.typeheat.advice.Finding;
import dev.typeheat.advice.Suggestion;
import dev.typeheat.input.Terminal;

import java.io.PrintWriter;
import java.util.List;

/** Findings for a terminal: {@code file:line:col: rule: message}, like a compiler. */
final class TextFindings {
    private TextFindings() {
    }

    static void write(List<Finding> findings, int suppressed, PrintWriter w) {
        for (Finding f : findings) {
            w.printf("%s: %s: %s%n", Terminal.style(FindingText.file(f) + ":" + FindingText.line(f) + ":"
                    + FindingText.column(f), "1"), Terminal.style(f.rule().id(), "31"), f.message());
            if (f.function() != null) {
                w.printf("    in:   %s%n", f.function());
            }
            w.printf("    type: %s%n", FindingText.shortType(f, 110));
            for (Suggestion s : f.suggestions().subList(0, Math.min(4, f.suggestions().size()))) {
                w.printf("    box:  %s: %s (%s), saves %,d nodes%n", s.where(), s.family().call(), s.family().remedy(),
                        s.savesNodes());
            }
        }
        w.printf("%d finding(s)%s%n", findings.size(), suppressed > 0 ? ", " + suppressed + " known in the baseline" : "");
    }
}
