package dev.typeheat.advice;

import dev.typeheat.measure.TypeGraph;
import dev.typeheat.types.Ty;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the longest family chain in a type ({@code Or<Or<Or<..>>>}, {@code Map<Filter<Zip<..>>>}) and
 * the operands of binary combinator chains. Bottom-up over the DAG in id order, no recursion.
 */
public final class ChainFinder {
    private final Catalog catalog;

    public ChainFinder(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The longest chain of one family in {@code root}, if any node belongs to a family. */
    public Optional<Chain> longest(Ty root) {
        List<Ty> nodes = topological(root);
        Map<Ty, Integer> run = new HashMap<>();
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
                if (run.getOrDefault(c, 0) == run.get(t) - 1 && catalog.familyOf(c).orElse(null) == family) {
                    next = c;
                    break;
                }
            }
            t = next;
        }
        return Optional.of(new Chain(family, chain, List.of()));
    }

    private int longestSameFamilyChild(Ty t, Family f, Map<Ty, Integer> run) {
        int best = 0;
        for (int i = 0; i < t.childCount(); i++) {
            Ty c = t.child(i);
            if (catalog.familyOf(c).orElse(null) == f) {
                best = Math.max(best, run.getOrDefault(c, 0));
            }
        }
        return best;
    }

    /**
     * Maximal runs of one binary combinator ({@code Or<Or<Or<A, B>, C>, D>}) with their operands
     * ({@code A, B, C, D}), longest first.
     */
    public List<Chain> splitChains(Ty root) {
        List<Ty> nodes = topological(root);
        Set<Ty> continued = new HashSet<>();
        for (Ty t : nodes) {
            if (catalog.isSplit(t)) {
                for (int i = 0; i < t.childCount(); i++) {
                    if (t.child(i).name().equals(t.name()) && t.child(i).kind() == t.kind()) {
                        continued.add(t.child(i));
                    }
                }
            }
        }
        List<Chain> out = new ArrayList<>();
        for (Ty t : nodes) {
            if (!catalog.isSplit(t) || continued.contains(t)) {
                continue;
            }
            List<Ty> chain = new ArrayList<>();
            List<Ty> operands = new ArrayList<>();
            collect(t, chain, operands);
            out.add(new Chain(catalog.familyOf(t).orElseThrow(), chain, operands));
        }
        out.sort(Comparator.comparingInt(Chain::length).reversed());
        return out;
    }

    /** Walks down the run of {@code top}'s path in source order, gathering operands left to right. */
    private static void collect(Ty top, List<Ty> chain, List<Ty> operands) {
        ArrayDeque<Ty> stack = new ArrayDeque<>();
        stack.push(top);
        while (!stack.isEmpty()) {
            Ty t = stack.pop();
            boolean inRun = t == top || (t.kind() == top.kind() && t.name().equals(top.name()));
            if (!inRun) {
                operands.add(t);
                continue;
            }
            chain.add(t);
            for (int i = t.childCount() - 1; i >= 0; i--) {
                stack.push(t.child(i));
            }
        }
    }

    /** The distinct nodes under root, children before parents. */
    static List<Ty> topological(Ty root) {
        return TypeGraph.childrenFirst(root);
    }
}
