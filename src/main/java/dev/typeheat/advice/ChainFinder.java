package dev.typeheat.advice;

import dev.typeheat.types.NodeMap;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TyWalk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the longest family chain in a type ({@code Or<Or<Or<..>>>}, {@code Map<Filter<Zip<..>>>}).
 * Bottom-up over the DAG in id order, no recursion.
 */
public final class ChainFinder {
    private final Catalog catalog;

    public ChainFinder(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The longest chain of one family in {@code root}, if any node belongs to a family. */
    public Optional<Chain> longest(Ty root) {
        List<Ty> nodes = topological(root);
        NodeMap<Integer> run = new NodeMap<>();
        Ty best = null;
        for (Ty t : nodes) {
            Optional<Family> f = catalog.familyOf(t);
            if (f.isEmpty()) {
                continue;
            }
            int r = 1 + longestSameFamilyChild(t, f.get(), run);
            run.put(t, r);
            if (best == null || r > run.get(best)) {
                best = t;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Family family = catalog.familyOf(best).orElseThrow();
        List<Ty> chain = new ArrayList<>();
        for (Ty t = best; t != null; ) {
            chain.add(t);
            Ty next = null;
            for (int i = 0; i < t.childCount(); i++) {
                Ty c = t.child(i);
                if (runOf(run, c) == run.get(t) - 1 && catalog.familyOf(c).orElse(null) == family) {
                    next = c;
                    break;
                }
            }
            t = next;
        }
        return Optional.of(new Chain(family, chain, List.of()));
    }

    private int longestSameFamilyChild(Ty t, Family f, NodeMap<Integer> run) {
        int best = 0;
        for (int i = 0; i < t.childCount(); i++) {
            Ty c = t.child(i);
            if (catalog.familyOf(c).orElse(null) == f) {
                best = Math.max(best, runOf(run, c));
            }
        }
        return best;
    }

    /** The chain length ending at {@code t}, 0 when it is in no family. */
    private static int runOf(NodeMap<Integer> run, Ty t) {
        Integer r = run.get(t);
        return r == null ? 0 : r;
    }

    /** The distinct nodes under root, children before parents. */
    static List<Ty> topological(Ty root) {
        return TyWalk.childrenFirst(root);
    }
}
