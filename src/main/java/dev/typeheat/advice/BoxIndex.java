package dev.typeheat.advice;

import dev.typeheat.types.NodeMap;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TyWalk;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the plan's boxes lie inside a type: a finding lists the boxes that cut its type. Remembered
 * per node, children first ({@link TyWalk}), so asking about every finding costs one walk of the run's types.
 */
final class BoxIndex {
    private final List<Suggestion> plan;
    private final NodeMap<long[]> memo = new NodeMap<>();
    private final Map<Ty, Integer> boxAt = new IdentityHashMap<>();
    private final int words;
    /** The mask of a node with no box inside: one array for all of them. */
    private final long[] none;

    BoxIndex(List<Suggestion> plan) {
        this.plan = plan;
        this.words = Math.max(1, (plan.size() + 63) / 64);
        this.none = new long[words];
        for (int i = 0; i < plan.size(); i++) {
            boxAt.putIfAbsent(plan.get(i).subtree(), i);
        }
    }

    /** The boxes inside {@code type} (itself included), in plan order. */
    List<Suggestion> inside(Ty type) {
        if (plan.isEmpty()) {
            return List.of();
        }
        long[] mask = mask(type);
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            if ((mask[i >>> 6] & (1L << (i & 63))) != 0) {
                out.add(plan.get(i));
            }
        }
        return out;
    }

    private long[] mask(Ty root) {
        for (Ty t : TyWalk.childrenFirst(root, memo::containsKey)) {
            Integer own = boxAt.get(t);
            // most nodes hold no box, or the same boxes as one child: those share the child's mask
            long[] m = own == null && t.childCount() > 0 ? memo.get(t.child(0)) : none;
            for (int i = 0; i < t.childCount(); i++) {
                long[] c = memo.get(t.child(i));
                if (c != m && c != none) {
                    m = or(m, c);
                }
            }
            if (own != null) {
                m = m == none ? new long[words] : m.clone();
                m[own >>> 6] |= 1L << (own & 63);
            }
            memo.put(t, m);
        }
        return memo.get(root);
    }

    /** {@code a | b} as a new mask, or {@code a} itself when {@code b} adds nothing. */
    private long[] or(long[] a, long[] b) {
        long[] out = null;
        for (int w = 0; w < words; w++) {
            if ((a[w] | b[w]) != a[w]) {
                if (out == null) {
                    out = a.clone();
                }
                out[w] |= b[w];
            }
        }
        return out == null ? a : out;
    }
}
