package dev.typeheat.types;

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

    /** {@link #childrenFirst(Collection)} as an array, for callers that index it per node and edge. */
    public static Ty[] childrenFirstArray(Collection<Ty> roots) {
        return walk(roots, t -> false);
    }

    private static List<Ty> childrenFirst(Collection<Ty> roots, Predicate<Ty> known) {
        return Arrays.asList(walk(roots, known));
    }

    private static Ty[] walk(Collection<Ty> roots, Predicate<Ty> known) {
        int largest = 0;
        for (Ty root : roots) {
            largest = Math.max(largest, root.id());
        }
        IdSet seen = new IdSet(largest);
        // plain arrays, not collections: a million-node type is walked about ten times per command
        Ty[] found = new Ty[16];
        int count = 0;
        Ty[] stack = new Ty[16];
        int top = 0;
        for (Ty root : roots) {
            if (!known.test(root) && seen.add(root.id())) {
                if (top == stack.length) {
                    stack = Arrays.copyOf(stack, 2 * top);
                }
                stack[top++] = root;
            }
        }
        // nodes often come off the stack in descending id order (always along a chain): then the order
        // wanted is the reverse, with no ranking
        boolean descending = true;
        int previous = Integer.MAX_VALUE;
        while (top > 0) {
            Ty t = stack[--top];
            if (count == found.length) {
                found = Arrays.copyOf(found, 2 * count);
            }
            found[count++] = t;
            int id = t.id();
            descending &= id < previous;
            previous = id;
            int children = t.childCount();
            for (int i = 0; i < children; i++) {
                Ty c = t.child(i);
                if (!known.test(c) && seen.add(c.id())) {
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, 2 * top);
                    }
                    stack[top++] = c;
                }
            }
        }
        if (descending) {
            Ty[] order = new Ty[count];
            for (int i = 0; i < count; i++) {
                order[i] = found[count - 1 - i];
            }
            return order;
        }
        Ty[] order = seen.inIdOrder(found, count);
        if (order != null) {
            return order;
        }
        long[] byId = new long[count];
        for (int i = 0; i < count; i++) {
            byId[i] = ((long) found[i].id() << 32) | i;
        }
        Arrays.sort(byId);
        Ty[] sorted = new Ty[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = found[(int) byId[i]];
        }
        return sorted;
    }

    /**
     * A set of non-negative ints (node ids): open addressing, no boxing. A walk's ids are at most its
     * largest root's (children have smaller ids), so once the table would take more memory than one bit
     * per id up to there, it turns into that bitmap: a big type is walked with 64 kB per 524,288 ids
     * instead of a table of megabytes read at random.
     */
    static final class IdSet {
        private int[] slots = new int[64];
        private int size;
        private final int largest;
        /** The bitmap, once in use (then {@code slots} is not). */
        private long[] bits;

        /** @param largest the largest id expected (a larger one is still taken) */
        IdSet(int largest) {
            this.largest = largest;
            Arrays.fill(slots, -1);
        }

        /** Adds {@code id}; false when it was there already. */
        boolean add(int id) {
            if (bits != null) {
                return addBit(id);
            }
            if (2 * (size + 1) > slots.length) {
                if ((long) slots.length * 2 * Integer.SIZE >= largest + 1L) {
                    toBits();
                    return addBit(id);
                }
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

        /**
         * The first {@code count} of {@code nodes} (exactly this set's ids) in ascending id order, placed
         * by counting the bits below each id instead of sorted; null while the set is a table.
         */
        Ty[] inIdOrder(Ty[] nodes, int count) {
            if (bits == null) {
                return null;
            }
            int[] before = new int[bits.length];
            for (int w = 1; w < bits.length; w++) {
                before[w] = before[w - 1] + Long.bitCount(bits[w - 1]);
            }
            Ty[] order = new Ty[count];
            for (int i = 0; i < count; i++) {
                Ty t = nodes[i];
                int id = t.id();
                order[before[id >>> 6] + Long.bitCount(bits[id >>> 6] & ((1L << id) - 1))] = t;
            }
            return order;
        }

        private boolean addBit(int id) {
            int word = id >>> 6;
            if (word >= bits.length) {
                bits = Arrays.copyOf(bits, Math.max(word + 1, bits.length * 2));
            }
            long bit = 1L << id;
            if ((bits[word] & bit) != 0) {
                return false;
            }
            bits[word] |= bit;
            return true;
        }

        private void toBits() {
            bits = new long[(largest >>> 6) + 1];
            for (int id : slots) {
                if (id >= 0) {
                    addBit(id);
                }
            }
            slots = null;
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
