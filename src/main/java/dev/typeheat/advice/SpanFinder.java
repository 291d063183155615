package dev.typeheat.advice;

import dev.typeheat.types.NodeMap;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TyWalk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Locates the code that built a type: the user's closures and async blocks inside it. The shallowest
 * ones are the calls that made the type itself ({@code .map(|x| ..)} on a filter puts its closure one
 * level below the filter), so the answer is the earliest span among the shallowest that have any.
 *
 * <p>An instance remembers the answer for every node it has seen (types are interned, so a node is its
 * own key), computed children first: asking about each of the 1,700 cuts of a 40,000-deep type costs
 * one walk of it, not one walk per cut.
 */
public final class SpanFinder {
    /** The best answer below a node and how many levels below it sits ({@code distance}). */
    private record Found<T>(T value, int distance) {
    }

    /** The answer of a node with nothing below it: one object for all of them. */
    private static final Found<Object> NONE = new Found<>(null, Integer.MAX_VALUE);

    @SuppressWarnings("unchecked")
    private static <T> Found<T> none() {
        return (Found<T>) NONE;
    }

    /** Debug wrappers rustc prints for closures and async bodies in query arguments: {@code Closure(DefId(0:179 ~ app[..]::main::{closure#0}), [..])}. */
    private static final java.util.Set<String> CLOSURE_WRAPPERS = java.util.Set.of("Closure", "Coroutine", "CoroutineClosure");

    // nodes of one interner: identity is equality
    private final NodeMap<Found<SourceSpan>> spans = new NodeMap<>();
    private final NodeMap<Found<String>> items = new NodeMap<>();

    /** The earliest user span of the shallowest level of {@code root} that has one. */
    public Optional<SourceSpan> outermostUserSpan(Ty root) {
        return Optional.ofNullable(childrenFirst(root, spans, this::spanAt, SourceSpan.ORDER).value());
    }

    /**
     * Without spans (self-profile arguments print closures as {@code Closure(DefId(0:179 ~ app[06da]::main::{closure#0}), ..)}),
     * the shallowest closure of the local crate ({@code DefId(0:..)}) names the function that builds the type;
     * among equally shallow ones, the first in printing order.
     */
    public Optional<String> outermostLocalItem(Ty root) {
        return Optional.ofNullable(childrenFirst(root, items, SpanFinder::localItem, null).value());
    }

    private SourceSpan spanAt(Ty t) {
        return SourceSpan.of(t).filter(SourceSpan::isUserCode).orElse(null);
    }

    /**
     * The answer for {@code root}: its own value if it has one, else the nearest among its children's
     * answers (ties: the smaller by {@code order}, or the earlier child without one). Children first in
     * id order ({@link TyWalk}), since types nest a million deep; a node with its own value is settled
     * without looking below it.
     */
    private static <T> Found<T> childrenFirst(Ty root, NodeMap<Found<T>> memo, java.util.function.Function<Ty, T> own,
            java.util.Comparator<T> order) {
        Found<T> known = memo.get(root);
        if (known != null) {
            return known;
        }
        java.util.function.Predicate<Ty> settled = t -> {
            if (memo.containsKey(t)) {
                return true;
            }
            T mine = own.apply(t);
            if (mine != null) {
                memo.put(t, new Found<>(mine, 0));
                return true;
            }
            return false;
        };
        for (Ty t : TyWalk.childrenFirst(root, settled)) {
            Found<T> best = null;
            for (int i = 0; i < t.childCount(); i++) {
                Found<T> f = memo.get(t.child(i));
                if (f.value() != null && (best == null || f.distance() < best.distance()
                        || (f.distance() == best.distance() && order != null && order.compare(f.value(), best.value()) < 0))) {
                    best = f;
                }
            }
            memo.put(t, best == null ? none() : new Found<>(best.value(), best.distance() + 1));
        }
        return memo.get(root);
    }

    private static String localItem(Ty t) {
        if (t.kind() != dev.typeheat.types.TyKind.CALL || !CLOSURE_WRAPPERS.contains(t.name()) || t.childCount() == 0) {
            return null;
        }
        Ty defId = t.child(0);
        if (defId.kind() != dev.typeheat.types.TyKind.CALL || !defId.name().equals("DefId") || defId.childCount() != 1) {
            return null;
        }
        Ty seq = defId.child(0);
        if (seq.kind() != dev.typeheat.types.TyKind.SEQ || seq.childCount() < 2 || !seq.child(0).name().equals("0")) {
            return null;
        }
        Ty path = seq.child(seq.childCount() - 1);
        return path.kind() == dev.typeheat.types.TyKind.PATH ? dev.typeheat.types.TypePrinter.stripHashes(path.name()) : null;
    }

    /** Every user span in the type, earliest first. */
    public static List<SourceSpan> allUserSpans(Ty root) {
        return allUserSpans(List.of(root));
    }

    /** Every user span in the types (each shared subtree visited once), earliest first. */
    public static List<SourceSpan> allUserSpans(java.util.Collection<Ty> roots) {
        List<SourceSpan> out = new ArrayList<>();
        Set<Ty> seen = new HashSet<>();
        List<Ty> stack = new ArrayList<>(roots);
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
