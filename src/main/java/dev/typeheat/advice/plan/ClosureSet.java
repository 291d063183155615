package dev.typeheat.advice.plan;

import java.util.Arrays;

/**
 * A set of closures (by the ids {@link ClosureKeys} gives them), immutable, compared by content: the
 * fingerprint by which a type's subtree and the expression that builds it are matched.
 */
public final class ClosureSet {
    public static final ClosureSet EMPTY = new ClosureSet(new int[0]);

    private final int[] ids;
    private final int hash;

    private ClosureSet(int[] sortedDistinct) {
        this.ids = sortedDistinct;
        this.hash = Arrays.hashCode(sortedDistinct);
    }

    public static ClosureSet of(int id) {
        return new ClosureSet(new int[] {id});
    }

    public ClosureSet union(ClosureSet other) {
        if (other.ids.length == 0 || other == this) {
            return this;
        }
        if (ids.length == 0) {
            return other;
        }
        int[] out = new int[ids.length + other.ids.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ids.length || j < other.ids.length) {
            int next;
            if (j >= other.ids.length || (i < ids.length && ids[i] < other.ids[j])) {
                next = ids[i++];
            } else if (i >= ids.length || other.ids[j] < ids[i]) {
                next = other.ids[j++];
            } else {
                next = ids[i++];
                j++;
            }
            out[n++] = next;
        }
        if (n == ids.length) {
            return this;
        }
        if (n == other.ids.length) {
            return other;
        }
        return new ClosureSet(Arrays.copyOf(out, n));
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }

    public int size() {
        return ids.length;
    }

    public int[] ids() {
        return ids.clone();
    }

    /** True when every closure of {@code other} is in this set. */
    public boolean containsAll(ClosureSet other) {
        return union(other) == this || Arrays.equals(union(other).ids, ids);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClosureSet s && s.hash == hash && Arrays.equals(s.ids, ids);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(ids);
    }
}
