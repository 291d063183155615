package dev.typeheat.types;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one children-first walk over a type's DAG. Every child is interned before its parent, so ascending
 * {@link Ty#id()} is a topological order: the distinct nodes are collected with an explicit stack (types
 * nest a million deep) and sorted by id. Linear in the DAG's size apart from the sort; no graph is built.
 * Nodes are told apart by id, so the roots of one walk come from one {@link Interner}.
 */
public final class TyWalk {
    private TyWalk() {
    }

    /** The distinct nodes of {@code root}'s DAG, every child before its parents (ascending id). */
    public static List<Ty> childrenFirst(Ty root) {
        return childrenFirst(root, t -> false);
    }

    /**
     * The same, leaving out the nodes for which {@code known} holds and everything reachable only through
     * them (a memo that already has an answer for a subtree need not see it again).
     */
    public static List<Ty> childrenFirst(Ty root, Predicate<Ty> known) {
        return childrenFirst(List.of(root), known);
    }

    /** The distinct nodes of all {@code roots}' DAGs, every child before its parents (ascending id). */
    public static List<Ty> childrenFirst(Collection<Ty> roots) {
        return childrenFirst(roots, t -> false);
    }

    private static List<Ty> childrenFirst(Collection<Ty> roots, Predicate<Ty> known) {
        IdSet seen = new IdSet();
        List<Ty> found = new ArrayList<>();
        ArrayDeque<Ty> stack = new ArrayDeque<>();
        for (Ty root : roots) {
            if (!known.test(root) && seen.add(root.id())) {
                stack.push(root);
            }
        }
        while (!stack.isEmpty()) {
            Ty t = stack.pop();
            found.add(t);
            for (int i = 0; i < t.childCount(); i++) {
                Ty c = t.child(i);
                if (!known.test(c) && seen.add(c.id())) {
                    stack.push(c);
                }
            }
        }
        long[] byId = new long[found.size()];
        for (int i = 0; i < byId.length; i++) {
            byId[i] = ((long) found.get(i).id() << 32) | i;
        }
        Arrays.sort(byId);
        List<Ty> order = new ArrayList<>(byId.length);
        for (long k : byId) {
            order.add(found.get((int) k));
        }
        return order;
    }

    /** A set of non-negative ints (node ids): open addressing, no boxing. */
    static final class IdSet {
        private int[] slots = new int[64];
        private int size;

        IdSet() {
            Arrays.fill(slots, -1);
        }

        /** Adds {@code id}; false when it was there already. */
        boolean add(int id) {
            if (2 * (size + 1) > slots.length) {
                grow();
            }
            int mask = slots.length - 1;
            for (int i = mix(id) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == id) {
                    return false;
                }
                if (slots[i] < 0) {
                    slots[i] = id;
                    size++;
                    return true;
                }
            }
        }

        private void grow() {
            int[] old = slots;
            slots = new int[old.length * 2];
            Arrays.fill(slots, -1);
            size = 0;
            for (int id : old) {
                if (id >= 0) {
                    add(id);
                }
            }
        }

        private static int mix(int id) {
            int h = id * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
