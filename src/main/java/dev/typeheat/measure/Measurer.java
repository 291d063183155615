package dev.typeheat.measure;

import dev.typeheat.types.OwnLength;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TyKind;
import dev.typeheat.types.TyWalk;

import java.util.Arrays;

/**
 * Computes {@link Metrics} bottom-up over the interned DAG, never by recursion: the nodes a type reaches
 * are evaluated children first ({@link TyWalk}). Per-node results are kept, so a subtree shared by many
 * types is measured once for the whole run. Thread-safe.
 */
public final class Measurer {
    private static final int CLIPPY_PATH = 10;
    private static final int CLIPPY_FN = 50;
    private static final int CLIPPY_DYN = 20;

    // Per node id: filled once computed[id] is set.
    private boolean[] computed = new boolean[1024];
    private int[] depth = new int[1024];
    private long[] nodes = new long[1024];
    private long[] length = new long[1024];
    private long[] clippyPerNest = new long[1024];
    private long[] clippyFixed = new long[1024];
    private int[] run = new int[1024];
    private int[] chain = new int[1024];
    private boolean[] truncated = new boolean[1024];
    private int[] stamp = new int[1024];
    /** Distinct nodes below each node asked about (0: not counted yet): report and lint ask again per root. */
    private long[] distinct = new long[1024];
    private int currentStamp;
    /** Characters each node adds around its children when printed (guarded by this measurer's lock). */
    private final OwnLength ownLength = new OwnLength();

    /** All metrics of a type. {@code distinct} costs a walk over the type's DAG; the rest is cached. */
    public synchronized Metrics measure(Ty root) {
        ensureComputed(root);
        int id = root.id();
        long clippy = saturatingAdd(clippyPerNest[id], clippyFixed[id]);
        return new Metrics(depth[id], nodes[id], distinct(root), length[id], chain[id], clippy, truncated[id]);
    }

    public synchronized int depth(Ty t) {
        ensureComputed(t);
        return depth[t.id()];
    }

    public synchronized long nodes(Ty t) {
        ensureComputed(t);
        return nodes[t.id()];
    }

    public synchronized boolean truncated(Ty t) {
        ensureComputed(t);
        return truncated[t.id()];
    }

    /** Distinct nodes reachable from {@code root}. */
    public synchronized long distinct(Ty root) {
        grow(root.id());
        if (distinct[root.id()] != 0) {
            return distinct[root.id()];
        }
        int mark = nextStamp();
        long count = 0;
        Ty[] stack = new Ty[16];
        int top = 0;
        stack[top++] = root;
        stamp[root.id()] = mark;
        while (top > 0) {
            Ty t = stack[--top];
            count++;
            for (int i = 0; i < t.childCount(); i++) {
                Ty c = t.child(i);
                if (stamp[c.id()] != mark) {
                    stamp[c.id()] = mark;
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, 2 * top);
                    }
                    stack[top++] = c;
                }
            }
        }
        distinct[root.id()] = count;
        return count;
    }

    private void ensureComputed(Ty root) {
        grow(root.id());
        if (computed[root.id()]) {
            return; // asked per node of a million-node type: no walk object for a known answer
        }
        // the nodes not measured yet, children first
        for (Ty t : TyWalk.childrenFirst(root, t -> computed[t.id()])) {
            compute(t);
        }
    }

    private void compute(Ty t) {
        int id = t.id();
        int maxDepth = 0;
        long size = 1;
        long len = ownLength.of(t);
        long perNestChildren = 0;
        long fixedChildren = 0;
        int maxRun = 0;
        int maxChain = 0;
        boolean cut = t.truncated();
        for (int i = 0; i < t.childCount(); i++) {
            int c = t.child(i).id();
            maxDepth = Math.max(maxDepth, depth[c]);
            size = saturatingAdd(size, nodes[c]);
            len = saturatingAdd(len, length[c]);
            perNestChildren = saturatingAdd(perNestChildren, clippyPerNest[c]);
            fixedChildren = saturatingAdd(fixedChildren, clippyFixed[c]);
            maxChain = Math.max(maxChain, chain[c]);
            cut |= truncated[c];
            if (sameCombinator(t, t.child(i))) {
                maxRun = Math.max(maxRun, run[c]);
            }
        }
        depth[id] = maxDepth + 1;
        nodes[id] = size;
        length[id] = len;
        truncated[id] = cut;
        run[id] = isGeneric(t) ? maxRun + 1 : 0;
        chain[id] = Math.max(maxChain, run[id]);
        // clippy's score at nesting n is perNest * n + fixed (every rule is linear in n).
        switch (clippyRule(t)) {
            case NESTING_TYPE:
                clippyPerNest[id] = saturatingAdd(CLIPPY_PATH, perNestChildren);
                clippyFixed[id] = saturatingAdd(perNestChildren, fixedChildren);
                break;
            case FN_POINTER:
                clippyPerNest[id] = saturatingAdd(CLIPPY_FN, perNestChildren);
                clippyFixed[id] = saturatingAdd(perNestChildren, fixedChildren);
                break;
            case DYN:
                clippyPerNest[id] = saturatingAdd(CLIPPY_DYN, perNestChildren);
                clippyFixed[id] = fixedChildren;
                break;
            case REFERENCE:
            case INFER:
                clippyPerNest[id] = perNestChildren;
                clippyFixed[id] = saturatingAdd(1, fixedChildren);
                break;
            default:
                clippyPerNest[id] = perNestChildren;
                clippyFixed[id] = fixedChildren;
        }
        computed[id] = true;
    }

    private enum ClippyRule { NESTING_TYPE, FN_POINTER, DYN, REFERENCE, INFER, TRANSPARENT }

    /** How clippy's type_complexity visitor scores this kind of node. */
    private static ClippyRule clippyRule(Ty t) {
        switch (t.kind()) {
            case PATH:
                return t.childCount() == 0 && t.name().equals("_") ? ClippyRule.INFER : ClippyRule.NESTING_TYPE;
            case TUPLE:
            case SLICE:
            case ARRAY:
            case CLOSURE:
                return ClippyRule.NESTING_TYPE;
            case REF:
            case PTR:
                return ClippyRule.REFERENCE;
            case FN:
                // extern-ABI fn pointers score nothing in clippy
                return t.name().contains("extern") && !t.name().contains("\"Rust\"")
                        ? ClippyRule.TRANSPARENT : ClippyRule.FN_POINTER;
            case DYN:
                return ClippyRule.DYN;
            default:
                return ClippyRule.TRANSPARENT;
        }
    }

    private static boolean isGeneric(Ty t) {
        return t.genericArgCount() > 0;
    }

    private static boolean sameCombinator(Ty parent, Ty child) {
        return isGeneric(parent) && isGeneric(child) && parent.name().equals(child.name())
                && child != parent.base();
    }

    private int nextStamp() {
        if (++currentStamp == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            currentStamp = 1;
        }
        return currentStamp;
    }

    private void grow(int id) {
        if (id < computed.length) {
            return;
        }
        int size = Math.max(id + 1, computed.length * 2);
        computed = Arrays.copyOf(computed, size);
        depth = Arrays.copyOf(depth, size);
        nodes = Arrays.copyOf(nodes, size);
        length = Arrays.copyOf(length, size);
        clippyPerNest = Arrays.copyOf(clippyPerNest, size);
        clippyFixed = Arrays.copyOf(clippyFixed, size);
        run = Arrays.copyOf(run, size);
        chain = Arrays.copyOf(chain, size);
        truncated = Arrays.copyOf(truncated, size);
        stamp = Arrays.copyOf(stamp, size);
        distinct = Arrays.copyOf(distinct, size);
    }

    static long saturatingAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }
}
