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
