package dev.typeheat.report.lint;

import dev.typeheat.advice.lint.PlaceFinding;

import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub Actions workflow commands, one {@code ::warning} per place, within what a step may show (10
 * warnings and 10 notices per step): the costliest places, then one {@code ::notice} for the rest.
 */
final class GithubAnnotations {
    /** GitHub shows at most this many annotations of one level per step. */
    static final int PER_STEP = 10;

    private GithubAnnotations() {
    }

    static void write(LintContext c, PrintWriter w) {
        List<PlaceFinding> places = c.result().placed();
        int shown = Math.min(Math.min(c.top(), PER_STEP), places.size());
        for (PlaceFinding p : places.subList(0, shown)) {
            var at = p.location();
            w.printf("::warning file=%s,line=%d,col=%d,endLine=%d,title=%s::%s%n", property(at.file()), at.line(),
                    at.column(), Math.max(at.line(), at.endLine()), property("typeheat " + FindingText.rules(p)),
                    data(FindingText.paragraph(c, p)));
        }
        if (shown < places.size() || !c.result().unplaced().isEmpty() || c.result().allowed() > 0
                || c.result().knownInBaseline() > 0) {
            w.printf("::notice title=%s::%s%n", property("typeheat"), data(FindingText.summary(c, shown)
                    + ". typeheat lint --format text lists every place."));
        }
    }

    /** Message data: {@code %}, CR and LF escaped. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Property values: also {@code :} and {@code ,}. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
