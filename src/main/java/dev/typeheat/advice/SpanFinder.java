package dev.typeheat.advice;

import dev.typeheat.types.Ty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Locates the code that built a type: the user's closures and async blocks inside it. The shallowest
 * ones are the calls that made the type itself ({@code .map(|x| ..)} on a filter puts its closure one
 * level below the filter), so the search goes level by level and takes the earliest span of the first
 * level that has any.
 */
public final class SpanFinder {
    private SpanFinder() {
    }

    public static Optional<SourceSpan> outermostUserSpan(Ty root) {
        Set<Ty> seen = new HashSet<>();
        List<Ty> level = List.of(root);
        seen.add(root);
        while (!level.isEmpty()) {
            Optional<SourceSpan> best = Optional.empty();
            List<Ty> next = new ArrayList<>();
            for (Ty t : level) {
                Optional<SourceSpan> s = SourceSpan.of(t).filter(SourceSpan::isUserCode);
                if (s.isPresent() && (best.isEmpty() || SourceSpan.ORDER.compare(s.get(), best.get()) < 0)) {
                    best = s;
                }
                for (int i = 0; i < t.childCount(); i++) {
                    if (seen.add(t.child(i))) {
                        next.add(t.child(i));
                    }
                }
            }
            if (best.isPresent()) {
                return best;
            }
            level = next;
        }
        return Optional.empty();
    }

    /** Debug wrappers rustc prints for closures and async bodies in query arguments: {@code Closure(DefId(0:179 ~ app[..]::main::{closure#0}), [..])}. */
    private static final java.util.Set<String> CLOSURE_WRAPPERS = java.util.Set.of("Closure", "Coroutine", "CoroutineClosure");

    /**
     * Without spans (self-profile arguments print closures as {@code Closure(DefId(0:179 ~ app[06da]::main::{closure#0}), ..)}),
     * the shallowest closure of the local crate ({@code DefId(0:..)}) names the function that builds the type.
     */
    public static Optional<String> outermostLocalItem(Ty root) {
        Set<Ty> seen = new HashSet<>();
        List<Ty> level = List.of(root);
        seen.add(root);
        while (!level.isEmpty()) {
            List<Ty> next = new ArrayList<>();
            for (Ty t : level) {
                Optional<String> item = localItem(t);
                if (item.isPresent()) {
                    return item;
                }
                for (int i = 0; i < t.childCount(); i++) {
                    if (seen.add(t.child(i))) {
                        next.add(t.child(i));
                    }
                }
            }
            level = next;
        }
        return Optional.empty();
    }

    private static Optional<String> localItem(Ty t) {
        if (t.kind() != dev.typeheat.types.TyKind.CALL || !CLOSURE_WRAPPERS.contains(t.name()) || t.childCount() == 0) {
            return Optional.empty();
        }
        Ty defId = t.child(0);
        if (defId.kind() != dev.typeheat.types.TyKind.CALL || !defId.name().equals("DefId") || defId.childCount() != 1) {
            return Optional.empty();
        }
        Ty seq = defId.child(0);
        if (seq.kind() != dev.typeheat.types.TyKind.SEQ || seq.childCount() < 2 || !seq.child(0).name().equals("0")) {
            return Optional.empty();
        }
        Ty path = seq.child(seq.childCount() - 1);
        return path.kind() == dev.typeheat.types.TyKind.PATH
                ? Optional.of(dev.typeheat.types.TypePrinter.stripHashes(path.name())) : Optional.empty();
    }

    /** Every user span in the type, earliest first. */
    public static List<SourceSpan> allUserSpans(Ty root) {
        List<SourceSpan> out = new ArrayList<>();
        Set<Ty> seen = new HashSet<>();
        List<Ty> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            Ty t = stack.remove(stack.size() - 1);
            if (!seen.add(t)) {
                continue;
            }
            SourceSpan.of(t).filter(SourceSpan::isUserCode).ifPresent(out::add);
            for (int i = 0; i < t.childCount(); i++) {
                stack.add(t.child(i));
            }
        }
        out.sort(SourceSpan.ORDER);
        return out;
    }
}
