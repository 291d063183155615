package dev.typeheat.advice.checks;

import dev.typeheat.advice.Chain;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.advice.TypeRecord;
import dev.typeheat.input.LimitHit;
import dev.typeheat.measure.Metrics;

import java.util.Optional;

/**
 * rustc-limit: rustc's own errors say it gave up on this type. Always a finding, whatever the thresholds:
 * the build already failed on it. The message says what the limit means and how deep the chain was.
 */
@LintRule(id = "rustc-limit", title = "rustc gave up on a type",
        summary = "rustc stopped on this type: E0275 (it overflowed its recursion limit, default 128, proving a "
                + "requirement through a chain of nested types), the type-length limit (the number of types and "
                + "consts in one instantiation) or the recursion limit while instantiating, or it crashed in a "
                + "query over it.",
        help = "Box the combinator chain where it is built (Filter::boxed(), FutureExt::boxed(), Box<dyn Iterator>) "
                + "so the type stops nesting there. Raising #![recursion_limit] or #![type_length_limit] only lets "
                + "rustc spend longer on the same type.",
        scope = Scope.REPORTED_TYPES)
public final class RustcLimitCheck extends Check {
    @Override
    public Optional<String> test(TypeRecord record, Metrics m, Chain chain, LintConfig config, boolean outermost) {
        if (record.limits().isEmpty()) {
            return Optional.empty();
        }
        LimitHit hit = record.limits().get(0);
        String size = String.format("depth %d, %,d nodes%s", m.depth(), m.nodes(),
                chain != null && chain.length() > 1 ? ", a chain of " + chain.length() + " " + chain.family().name() : "");
        String message;
        switch (hit.limit()) {
            case RECURSION:
                message = String.format("rustc overflowed its recursion limit (%s) proving `%s`: %s (%s). Every proof "
                                + "over this type walks all its levels; box the chain where it is built rather than raising "
                                + "#![recursion_limit]",
                        hit.value() > 0 ? String.format("%,d; it suggests %,d", hit.value() / 2, hit.value())
                                : "its default; 128 in today's rustc",
                        shorten(hit.subject()), hit.chainDepth() > 0
                                ? "the requirement chain it printed is " + hit.chainDepth() + " type(s) deep, each wrapping the one before"
                                : "the paste shows no requirement chain",
                        size);
                break;
            case TYPE_LENGTH:
                message = String.format("rustc reached the type-length limit instantiating `%s`%s: the limit counts the "
                                + "types and consts in one instantiation, and each combinator wraps all of them again (%s). "
                                + "Box the chain where it is built rather than raising #![type_length_limit]",
                        shorten(hit.subject()), hit.value() > 0 ? String.format(" (its length is %,d)", hit.value()) : "", size);
                break;
            case INSTANTIATION:
                message = String.format("rustc reached the recursion limit instantiating `%s`: each instantiation "
                                + "creates a bigger one (%s). Break the recursion with a boxed or dyn type",
                        shorten(hit.subject()), size);
                break;
            default:
                message = String.format("rustc crashed (%s) over this type, %d queries deep in its query stack (%s): "
                                + "shrinking the type by boxing often avoids it; report the crash where rustc's note asks for it",
                        shorten(hit.subject()), hit.chainDepth(), size);
        }
        if (hit.subject() != null && (hit.subject().contains("...") || hit.subject().contains("…"))) {
            message += " (rustc shortened the type with ...: the full one is in the long-type file it names, or rerun"
                    + " with --verbose)";
        }
        return Optional.of(message);
    }

    private static String shorten(String s) {
        return s == null ? "?" : s.length() <= 160 ? s : s.substring(0, 100) + "…" + s.substring(s.length() - 50);
    }
}
