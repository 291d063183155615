package dev.typeheat.advice.plan;

import dev.typeheat.types.Ty;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every distinct type node of a run, children before parents (interned ids grow from children to
 * parents), with each node's parents: the graph the planner cuts and the gain of a cut is counted on.
 */
public final class TypeUniverse {
    private final List<Ty> nodes;
    private final Map<Ty, Integer> index = new IdentityHashMap<>();
    private final int[][] parents;

    public TypeUniverse(Collection<Ty> roots) {
        Map<Ty, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Ty> stack = new ArrayDeque<>(roots);
        List<Ty> all = new ArrayList<>();
        while (!stack.isEmpty()) {
            Ty t = stack.pop();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            all.add(t);
            for (int i = 0; i < t.childCount(); i++) {
                stack.push(t.child(i));
            }
        }
        all.sort(Comparator.comparingInt(Ty::id));
        this.nodes = all;
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i), i);
        }
        Map<Integer, List<Integer>> up = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Ty t = all.get(i);
            for (int c = 0; c < t.childCount(); c++) {
                int child = index.get(t.child(c));
                List<Integer> ps = up.computeIfAbsent(child, k -> new ArrayList<>());
                if (ps.isEmpty() || ps.get(ps.size() - 1) != i) {
                    ps.add(i);
                }
            }
        }
        parents = new int[all.size()][];
        for (int i = 0; i < all.size(); i++) {
            List<Integer> ps = up.get(i);
            parents[i] = ps == null ? new int[0] : ps.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Nodes, children before parents. */
    public List<Ty> nodes() {
        return nodes;
    }

    public int size() {
        return nodes.size();
    }

    /** The position of a node in {@link #nodes()}. */
    public int index(Ty t) {
        Integer i = index.get(t);
        if (i == null) {
            throw new IllegalArgumentException("not in this universe: " + t);
        }
        return i;
    }

    public Ty node(int i) {
        return nodes.get(i);
    }

    /** Positions of the nodes that have node {@code i} as a child. */
    public int[] parents(int i) {
        return parents[i];
    }

    /** The position of child {@code c} of node {@code i}. */
    public int child(int i, int c) {
        return index.get(nodes.get(i).child(c));
    }
}
