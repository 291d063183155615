package dev.typeheat.report.lint;

import dev.typeheat.advice.Evidence;
import dev.typeheat.advice.Finding;
import dev.typeheat.advice.Suggestion;
import dev.typeheat.advice.checks.Rule;
import dev.typeheat.advice.lint.LintResult;
import dev.typeheat.advice.lint.PlaceFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words all lint formats share for one place. */
final class FindingText {
    private FindingText() {
    }

    /** {@code slow-obligation, long-chain}. */
    static String rules(PlaceFinding p) {
        return p.rules().stream().map(Rule::id).collect(Collectors.joining(", "));
    }

    /**
     * Where a place is: its source place; without one, the function that builds its types, else where an
     * input reported the type ({@code errors.txt:6}, the error that named it).
     */
    static String where(PlaceFinding p) {
        if (p.placed() || p.item() != null) {
            return p.where();
        }
        for (Evidence e : p.worst().record().evidence()) {
            return e.file() + (e.line() > 0 ? ":" + e.line() : "");
        }
        return p.where();
    }

    /** One sentence per rule broken here (each about the worst type that breaks it). */
    static List<String> messages(PlaceFinding p) {
        List<String> out = new ArrayList<>();
        for (Finding f : p.perRule()) {
            out.add(f.message());
        }
        return out;
    }

    /** The type standing for the place, and how many more are built here. */
    static String type(LintContext c, PlaceFinding p, int width) {
        int more = p.types() - 1;
        String suffix = more > 0 ? String.format(Locale.ROOT, " (+%d more type%s here)", more, more == 1 ? "" : "s") : "";
        return c.names().of(p.worst().record().type(), Math.max(20, width - suffix.length())) + suffix;
    }

    /** The call to add, once: {@code .boxed()}. */
    static String call(Suggestion s) {
        return s.family().call();
    }

    /** {@code .boxed() here (warp filters), boxes away 216 nodes; +3 places: typeheat suggest}, or null. */
    static String box(LintContext c, PlaceFinding p) {
        List<Suggestion> steps = c.advice().forPlace(p);
        if (steps.isEmpty()) {
            return null;
        }
        Suggestion s = steps.get(0);
        String at = s.where().equals(p.where()) ? "here" : "at " + where(c, s);
        String more = steps.size() > 1 ? String.format(Locale.ROOT, "; +%d place%s: typeheat suggest",
                steps.size() - 1, steps.size() == 2 ? "" : "s") : "";
        return String.format(Locale.ROOT, "%s %s (%s), boxes away %,d nodes%s", call(s), at, s.family().name(), s.savesNodes(), more);
    }

    /** Where a box goes: its source place, else the function or the code that builds its type (printed the Rust way). */
    static String where(LintContext c, Suggestion s) {
        if (s.span() != null) {
            return s.span().toString();
        }
        if (s.function() != null && !s.function().startsWith("the code building ")) {
            return s.function();
        }
        return "the code building " + c.names().of(s.subtree(), 70);
    }

    /** Everything about a place in one paragraph (SARIF, GitHub annotations). */
    static String paragraph(LintContext c, PlaceFinding p) {
        StringBuilder sb = new StringBuilder(rules(p)).append(": ").append(String.join("; ", messages(p))).append('.');
        if (!p.placed() && p.item() != null) {
            sb.append(" Built in ").append(p.item()).append('.');
        }
        sb.append(" Type: ").append(type(c, p, 300)).append('.');
        String box = box(c, p);
        if (box != null) {
            sb.append(" Box: ").append(box).append('.');
        }
        return sb.toString();
    }

    /** The closing summary: what was shown, what has no place, what was accepted. */
    static String summary(LintContext c, int shown) {
        return summary(c, shown, 0);
    }

    /** The same, when the text also showed {@code shownUnplaced} findings without a source place. */
    static String summary(LintContext c, int shown, int shownUnplaced) {
        LintResult r = c.result();
        List<String> parts = new ArrayList<>();
        int places = r.placed().size();
        if (places == 0) {
            parts.add("no place in the code over the thresholds");
        } else if (shown < places) {
            parts.add(String.format(Locale.ROOT, "%d of %d places shown, costliest first (--top %d shows all)", shown, places, places));
        } else {
            parts.add(String.format(Locale.ROOT, "%d place%s over the thresholds", places, places == 1 ? "" : "s"));
        }
        int unplacedFindings = r.unplacedFindings();
        if (shownUnplaced > 0) {
            parts.add(String.format(Locale.ROOT, "%d of %d without a source place shown", shownUnplaced, r.unplaced().size()));
        } else if (unplacedFindings > 0) {
            parts.add(String.format(Locale.ROOT, "%d more finding%s on types without a source place (named by path in IR "
                    + "or profiles; --format json lists them)", unplacedFindings, unplacedFindings == 1 ? "" : "s"));
        }
        if (r.allowed() > 0) {
            parts.add(String.format(Locale.ROOT, "%d allowed (%d by comments, %d by typeheat.toml)", r.allowed(),
                    r.allowedByComment(), r.allowedByConfig()));
        }
        if (r.knownInBaseline() > 0) {
            parts.add(String.format(Locale.ROOT, "%d known in the baseline", r.knownInBaseline()));
        }
        return String.join("; ", parts);
    }
}
