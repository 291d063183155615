package dev.typeheat.advice.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What a cut is worth, in rustc's terms: rustc interns types and pays per distinct type and per level
 * of nesting, for every type that carries a subtree (each composition above it, each future and service
 * type downstream). So a cut is worth the distinct nodes of the piece it boxes away times the number of
 * distinct types that carry that piece. A small subtree repeated in every route is one piece carried by
 * few types; the composed router is a big piece carried by everything downstream.
 */
public final class PlanGain {
    /** A cut's worth given the cuts before it. */
    public record Worth(long pieceNodes, long carriers) {
        public long value() {
            long v = Math.max(0, pieceNodes - 1) * carriers;
            return v < 0 ? Long.MAX_VALUE : v;
        }
    }

    private final TypeUniverse u;

    public PlanGain(TypeUniverse u) {
        this.u = u;
    }

    /**
     * The plan's places ordered by marginal gain: first the one edit worth most alone, then each next one
     * worth most given those before it.
     */
    public List<CutPlanner.Place> order(List<CutPlanner.Place> plan, List<Worth> worths) {
        List<CutPlanner.Place> left = new ArrayList<>(plan);
        List<CutPlanner.Place> out = new ArrayList<>();
        BitSet cut = new BitSet(u.size());
        while (!left.isEmpty()) {
            CutPlanner.Place best = null;
            Worth bestWorth = null;
            for (CutPlanner.Place p : left) {
                Worth w = worth(p.positions(), cut);
                if (best == null || w.value() > bestWorth.value()) {
                    best = p;
                    bestWorth = w;
                }
            }
            out.add(best);
            worths.add(bestWorth);
            left.remove(best);
            for (int pos : best.positions()) {
                cut.set(pos);
            }
        }
        return out;
    }

    /** The worth of boxing {@code positions} when {@code cut} is boxed already. */
    public Worth worth(int[] positions, BitSet cut) {
        return new Worth(pieceNodes(positions, cut), carriers(positions, cut));
    }

    /** Distinct nodes below (and at) {@code positions}, not looking inside boxed pieces. */
    public long pieceNodes(int[] positions, BitSet cut) {
        BitSet seen = new BitSet(u.size());
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int p : positions) {
            stack.push(p);
        }
        long n = 0;
        while (!stack.isEmpty()) {
            int i = stack.pop();
            if (seen.get(i)) {
                continue;
            }
            seen.set(i);
            n++;
            boolean start = contains(positions, i);
            if (cut.get(i) && !start) {
                continue;
            }
            for (int c = 0; c < u.node(i).childCount(); c++) {
                stack.push(u.child(i, c));
            }
        }
        return n;
    }

    /** Distinct types above {@code positions} that carry them (not looking past a boxed piece). */
    public long carriers(int[] positions, BitSet cut) {
        BitSet seen = new BitSet(u.size());
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int p : positions) {
            for (int k = 0; k < u.parentCount(p); k++) {
                stack.push(u.parent(p, k));
            }
        }
        long n = 0;
        while (!stack.isEmpty()) {
            int i = stack.pop();
            if (seen.get(i)) {
                continue;
            }
            seen.set(i);
            n++;
            if (cut.get(i)) {
                continue; // a boxed piece is carried on as its box
            }
            for (int k = 0; k < u.parentCount(i); k++) {
                stack.push(u.parent(i, k));
            }
        }
        return n;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
