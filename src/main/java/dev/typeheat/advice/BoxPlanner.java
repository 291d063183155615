package dev.typeheat.advice;

import dev.typeheat.types.Ty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the fewest subtrees to box so that no remaining piece of a type exceeds a node budget.
 * Bottom-up (children before parents, by id): a node's residual size is 1 plus its children's residual
 * sizes; while it is over budget, the heaviest boxable child is cut (it becomes one node). This greedy
 * is optimal for a size budget. A subtree shared in the DAG is cut everywhere at once, which is what
 * boxing the code that builds it does.
 */
public final class BoxPlanner {
    private final Catalog catalog;

    public BoxPlanner(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The plan and what the type shrinks to. */
    public record Plan(List<Cut> cuts, long nodesBefore, long nodesAfter, boolean withinBudget) {
    }

    public Plan plan(Ty root, long budget) {
        Map<Ty, Long> residual = new HashMap<>();
        Map<Ty, Long> original = new HashMap<>();
        Set<Ty> cut = new HashSet<>();
        List<Ty> order = ChainFinder.topological(root);
        for (Ty t : order) {
            long size = 1;
            long full = 1;
            for (int i = 0; i < t.childCount(); i++) {
                size = sat(size + residual.get(t.child(i)));
                full = sat(full + original.get(t.child(i)));
            }
            original.put(t, full);
            while (size > budget) {
                Ty heaviest = null;
                for (int i = 0; i < t.childCount(); i++) {
                    Ty c = t.child(i);
                    if (!cut.contains(c) && residual.get(c) > 1 && boxable(c)
                            && (heaviest == null || residual.get(c) > residual.get(heaviest))) {
                        heaviest = c;
                    }
                }
                if (heaviest == null) {
                    break;
                }
                cut.add(heaviest);
                long saved = residual.get(heaviest) - 1;
                residual.put(heaviest, 1L);
                size -= saved * count(t, heaviest);
            }
            residual.put(t, size);
        }
        Map<Ty, Long> occurrences = occurrences(root, order);
        List<Cut> cuts = new ArrayList<>();
        for (Ty t : order) {
            if (cut.contains(t)) {
                long saves = Math.max(0, residualBeforeCut(t, residual, original) - 1);
                cuts.add(new Cut(t, catalog.familyOf(t).orElseThrow(), saves, occurrences.getOrDefault(t, 1L)));
            }
        }
        cuts.sort((a, b) -> Long.compare(b.savesNodes() * b.occurrences(), a.savesNodes() * a.occurrences()));
        long after = residual.get(root);
        return new Plan(cuts, original.get(root), after, after <= budget);
    }

    /** Residual size of a cut node before it was cut: 1 plus its children's residuals. */
    private static long residualBeforeCut(Ty t, Map<Ty, Long> residual, Map<Ty, Long> original) {
        long size = 1;
        for (int i = 0; i < t.childCount(); i++) {
            size = sat(size + residual.get(t.child(i)));
        }
        return size;
    }

    private boolean boxable(Ty t) {
        Optional<Family> f = catalog.familyOf(t);
        return f.isPresent();
    }

    private static long count(Ty parent, Ty child) {
        long n = 0;
        for (int i = 0; i < parent.childCount(); i++) {
            if (parent.child(i) == child) {
                n++;
            }
        }
        return n;
    }

    /** How many times each node occurs in the tree of {@code root} (saturating). */
    static Map<Ty, Long> occurrences(Ty root, List<Ty> topological) {
        Map<Ty, Long> occ = new HashMap<>();
        occ.put(root, 1L);
        for (int k = topological.size() - 1; k >= 0; k--) {
            Ty t = topological.get(k);
            long n = occ.getOrDefault(t, 0L);
            for (int i = 0; i < t.childCount(); i++) {
                occ.merge(t.child(i), n, (a, b) -> sat(a + b));
            }
        }
        return occ;
    }

    private static long sat(long v) {
        return v < 0 ? Long.MAX_VALUE : v;
    }
}
