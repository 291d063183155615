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
 * Chooses the fewest subtrees to box so that no remaining piece of a type exceeds a node budget or a
 * depth budget. Bottom-up (children before parents, by id): a node's residual size is 1 plus its
 * children's residual sizes, its residual depth 1 plus the deepest child's; while it is over the depth
 * budget the deepest boxable child is cut, while over the size budget the heaviest (a cut child becomes
 * one node). Cutting as low as possible is optimal for each budget alone. A subtree shared in the DAG
 * is cut everywhere at once, which is what boxing the code that builds it does.
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
        return plan(root, budget, Integer.MAX_VALUE);
    }

    public Plan plan(Ty root, long budget, int depthBudget) {
        Map<Ty, Long> residual = new HashMap<>();
        Map<Ty, Integer> depth = new HashMap<>();
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
            while (size > budget || deepest(t, depth) + 1 > depthBudget) {
                boolean byDepth = deepest(t, depth) + 1 > depthBudget;
                Ty pick = null;
                for (int i = 0; i < t.childCount(); i++) {
                    Ty c = t.child(i);
                    if (cut.contains(c) || residual.get(c) <= 1 || !boxable(c)) {
                        continue;
                    }
                    if (pick == null || (byDepth ? depth.get(c) > depth.get(pick) : residual.get(c) > residual.get(pick))) {
                        pick = c;
                    }
                }
                if (pick == null) {
                    break;
                }
                cut.add(pick);
                long saved = residual.get(pick) - 1;
                residual.put(pick, 1L);
                depth.put(pick, 1);
                size -= saved * count(t, pick);
            }
            residual.put(t, size);
            depth.put(t, deepest(t, depth) + 1);
        }
        Map<Ty, Long> occurrences = occurrences(root, order);
        List<Cut> cuts = new ArrayList<>();
        for (Ty t : order) {
            if (cut.contains(t)) {
                long saves = Math.max(0, residualBeforeCut(t, residual) - 1);
                cuts.add(new Cut(t, catalog.familyOf(t).orElseThrow(), saves, occurrences.getOrDefault(t, 1L)));
            }
        }
        cuts.sort((a, b) -> Long.compare(b.savesNodes() * b.occurrences(), a.savesNodes() * a.occurrences()));
        long after = residual.get(root);
        return new Plan(cuts, original.get(root), after, after <= budget && depth.get(root) <= depthBudget);
    }

    private static int deepest(Ty t, Map<Ty, Integer> depth) {
        int d = 0;
        for (int i = 0; i < t.childCount(); i++) {
            d = Math.max(d, depth.get(t.child(i)));
        }
        return d;
    }

    /** Residual size of a cut node before it was cut: 1 plus its children's residuals. */
    private static long residualBeforeCut(Ty t, Map<Ty, Long> residual) {
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
