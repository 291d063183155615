package dev.typeheat.advice.plan;

import dev.typeheat.advice.Catalog;
import dev.typeheat.advice.Family;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the boxes of one run, following what rustc pays for (measured on a real 30-route warp server:
 * unboxed 27 s, the composed router boxed 16.6 s, each group composition boxed 13.7 s, both 12.8 s):
 * the cost sits in the composed type and in everything downstream that carries it.
 *
 * <ol>
 * <li>Nothing is planned unless a type that holds the user's compositions is over a limit: a combinator
 *     chain of one family longer than {@code maxChain}, or a depth over {@code maxDepth}.</li>
 * <li>The hand-off: each whole composition (whose closures no other composition holds), boxed where it
 *     leaves the user's code, before any wrapper that adds nothing of the user's (recovery, logging).</li>
 * <li>The compositions directly below it: the operands of its chain that are themselves compositions of
 *     several pieces (the groups of routes; not single routes, not prefixes of the same chain).</li>
 * <li>Any piece still over a limit after those boxes, cut in its own chain: bottom-up, at the lowest piece
 *     over the limit, the highest place on its critical path (a prefix of its own chain first), so the
 *     piece below is as large as the limits allow and the number of cuts the fewest. For a composition of
 *     other pieces a chain is a run of one combinator ({@code Or<Or<Or<..>>>}: a route's own calls are
 *     its own piece); for a single expression ({@code iter.map(..).filter(..)..}) a run of its family.</li>
 * </ol>
 * Places already boxed in the source are never planned again, so a rerun after the plan suggests nothing.
 */
public final class CutPlanner {
    /** What a boxed piece looks like to the types around it ({@code BoxedFilter<(T,)>}). */
    private static final int BOXED_DEPTH = 3;

    /**
     * A place the planner may cut: the nodes one expression (or one joining type node) builds.
     *
     * @param closures  the closures it composes (by its expression, or over every input that shows it)
     * @param leaf      true when it composes closures of its own (a route), not only other places' pieces
     * @param chain     the id of the place heading the method chain this one is a prefix of (its own id when none)
     * @param boxed     true when the source boxes it already
     */
    public record Place(int id, int[] positions, ClosureSet closures, Family family, boolean leaf, int chain,
                        boolean boxed) {
    }

    /** The plan: hand-offs, the compositions below them, the cuts that bring pieces under the limits. */
    public record Result(List<Place> cuts, List<Integer> unfixable, Map<Place, String> reasons, List<Place> handOffs) {
    }

    private final Catalog catalog;
    private final int maxChain;
    private final int maxDepth;

    public CutPlanner(Catalog catalog, int maxChain, int maxDepth) {
        this.catalog = catalog;
        this.maxChain = maxChain;
        this.maxDepth = maxDepth;
    }

    public Result plan(TypeUniverse u, List<Place> places, TypeClosures closures) {
        int n = u.size();
        Family[] family = new Family[n];
        String[] head = new String[n];
        for (int i = 0; i < n; i++) {
            family[i] = catalog.familyOf(u.node(i)).orElse(null);
            head[i] = family[i] == null ? null : u.node(i).name();
        }
        Map<Place, String> reasons = new LinkedHashMap<>();
        List<Place> cuts = new ArrayList<>();
        List<Integer> unfixable = new ArrayList<>();
        String[] over = overLimit(u, family, closures);
        List<Place> handOffs = new ArrayList<>();
        for (Place h : handOffs(places)) {
            String why = carriedOverLimit(h, u, closures, over);
            if (why == null) {
                continue; // nothing that carries this composition is over a limit
            }
            handOffs.add(h);
            cuts.add(h);
            reasons.put(h, "the whole composition, where it is handed on (" + why + "): everything downstream carries its type");
            for (Place g : groupsBelow(h, places)) {
                if (!cuts.contains(g)) {
                    cuts.add(g);
                    reasons.put(g, "a composition inside the hand-off: each level above it composes its whole type again");
                }
            }
        }
        // pieces still over a limit, cut in their own chains
        Metrics m = new Metrics(u, head, family, maxChain, maxDepth);
        for (Place p : places) {
            if (p.leaf()) {
                for (int pos : p.positions()) {
                    m.leaf.set(pos);
                }
            }
        }
        for (Place p : cuts) {
            for (int pos : p.positions()) {
                m.cut.set(pos);
            }
        }
        Place[] placeAt = new Place[n];
        for (Place p : places) {
            for (int pos : p.positions()) {
                if (placeAt[pos] == null && !p.boxed()) {
                    placeAt[pos] = p;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            m.compute(i);
            Place at = placeAt[i];
            if (at == null || closures.of(i).isEmpty()) {
                continue;
            }
            while (m.over(i)) {
                int c = m.placeToCut(i, placeAt, at);
                if (c < 0) {
                    unfixable.add(i);
                    m.accepted.set(i);
                    m.compute(i);
                    break;
                }
                Place p = placeAt[c];
                cuts.add(p);
                reasons.put(p, m.chain(i) > maxChain
                        ? "a chain of " + m.chain(i) + (m.leaf.get(i) ? " " + family[i].name() : " " + shortName(head[i]))
                                + " over max-chain " + maxChain
                        : "depth " + m.depth[i] + " over max-depth " + maxDepth);
                int lowest = i;
                for (int pos : p.positions()) {
                    m.cut.set(pos);
                    lowest = Math.min(lowest, pos);
                }
                for (int k = lowest; k <= i; k++) {
                    m.compute(k);
                }
            }
        }
        return new Result(cuts, unfixable, reasons, handOffs);
    }

    /**
     * For each type node holding the user's closures that is over a limit (the lint's measures: a run of
     * one family, and depth), what it is over; null for the others.
     */
    private String[] overLimit(TypeUniverse u, Family[] family, TypeClosures closures) {
        int n = u.size();
        int[] run = new int[n];
        int[] maxRun = new int[n];
        int[] depth = new int[n];
        String[] over = new String[n];
        for (int i = 0; i < n; i++) {
            int r = 0;
            int mr = 0;
            int d = 0;
            for (int c = 0; c < u.node(i).childCount(); c++) {
                int k = u.child(i, c);
                if (family[i] != null && family[k] == family[i]) {
                    r = Math.max(r, run[k]);
                }
                mr = Math.max(mr, maxRun[k]);
                d = Math.max(d, depth[k]);
            }
            run[i] = family[i] == null ? 0 : r + 1;
            maxRun[i] = Math.max(mr, run[i]);
            depth[i] = d + 1;
            if (!closures.of(i).isEmpty()) {
                if (maxRun[i] > maxChain) {
                    over[i] = "a chain of " + maxRun[i] + " combinators over max-chain " + maxChain;
                } else if (depth[i] > maxDepth) {
                    over[i] = "depth " + depth[i] + " over max-depth " + maxDepth;
                }
            }
        }
        return over;
    }

    /**
     * What a type carrying the composition {@code h} (itself or one holding all its closures, as the input
     * that shows it names them) is over, or null.
     */
    private static String carriedOverLimit(Place h, TypeUniverse u, TypeClosures closures, String[] over) {
        for (int start : h.positions()) {
            ClosureSet hs = closures.of(start);
            java.util.BitSet seen = new java.util.BitSet(u.size());
            java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
            stack.push(start);
            while (!stack.isEmpty()) {
                int i = stack.pop();
                if (seen.get(i)) {
                    continue;
                }
                seen.set(i);
                if (over[i] != null && closures.of(i).containsAll(hs)) {
                    return over[i];
                }
                for (int k = 0; k < u.parentCount(i); k++) {
                    stack.push(u.parent(i, k));
                }
            }
        }
        return null;
    }

    /**
     * The whole compositions: places whose closures no other place's closures contain. Of several places
     * with the same closures (the router, the router with recovery and logging), the innermost: the box
     * goes before the wrappers, which then carry the small type too.
     */
    static List<Place> handOffs(List<Place> places) {
        Map<ClosureSet, Place> innermost = new LinkedHashMap<>();
        for (Place p : places) {
            if (p.boxed()) {
                continue;
            }
            ClosureSet s = p.closures();
            if (s.isEmpty()) {
                continue;
            }
            Place known = innermost.get(s);
            if (known == null || p.positions()[0] < known.positions()[0]) {
                innermost.put(s, p);
            }
        }
        List<ClosureSet> boxedSets = new ArrayList<>();
        for (Place p : places) {
            if (p.boxed()) {
                boxedSets.add(p.closures());
            }
        }
        List<Place> out = new ArrayList<>();
        for (Map.Entry<ClosureSet, Place> e : innermost.entrySet()) {
            boolean contained = false;
            for (ClosureSet other : innermost.keySet()) {
                if (!other.equals(e.getKey()) && other.containsAll(e.getKey())) {
                    contained = true;
                    break;
                }
            }
            // a piece boxed already is handed on as its box: nothing above it to hand off
            for (ClosureSet b : boxedSets) {
                contained |= b.containsAll(e.getKey());
            }
            if (!contained && !e.getValue().leaf()) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /**
     * The compositions directly inside a hand-off: the largest places of several pieces whose closures the
     * hand-off holds, that are not prefixes of its own chain and not inside another such place.
     */
    private static List<Place> groupsBelow(Place h, List<Place> places) {
        ClosureSet hs = h.closures();
        // what the hand-off's own chain composes (its prefixes), also where the types show it again (its futures)
        java.util.Set<ClosureSet> ownChain = new java.util.HashSet<>();
        for (Place p : places) {
            if (p.chain() == h.chain()) {
                ownChain.add(p.closures());
            }
        }
        List<Place> candidates = new ArrayList<>();
        for (Place p : places) {
            ClosureSet s = p.closures();
            if (p == h || p.boxed() || p.leaf() || ownChain.contains(s) || s.isEmpty() || s.equals(hs)
                    || !hs.containsAll(s)) {
                continue;
            }
            candidates.add(p);
        }
        List<Place> out = new ArrayList<>();
        for (Place p : candidates) {
            ClosureSet s = p.closures();
            boolean inner = false;
            for (Place q : candidates) {
                ClosureSet qs = q.closures();
                if (q != p && !qs.equals(s) && qs.containsAll(s)) {
                    inner = true;
                    break;
                }
                if (q != p && qs.equals(s) && q.positions()[0] < p.positions()[0]) {
                    inner = true; // the same composition wrapped: keep the innermost
                    break;
                }
            }
            if (!inner) {
                out.add(p);
            }
        }
        return out;
    }

    private static String shortName(String path) {
        if (path == null) {
            return "combinators";
        }
        String p = dev.typeheat.types.TypePrinter.stripHashes(path);
        return p.substring(p.lastIndexOf(':') + 1) + "s";
    }

    /**
     * Per node, the longest run of one combinator ({@code Or<Or<..>>}), the longest run of one family, and
     * the depth, as the types above it see them: a boxed node is a short leaf; a node over a limit that
     * nothing can fix counts as a leaf too, so the types above do not ask for it again.
     */
    static final class Metrics {
        final TypeUniverse u;
        final String[] head;
        final Family[] family;
        final BitSet cut;
        final BitSet accepted;
        /** Places that compose closures of their own: their chain is a run of their family. */
        final BitSet leaf;
        final int[] run;
        final int[] maxRun;
        final int[] famRun;
        final int[] famMaxRun;
        final int[] depth;
        private final int maxChain;
        private final int maxDepth;

        Metrics(TypeUniverse u, String[] head, Family[] family, int maxChain, int maxDepth) {
            this.u = u;
            this.head = head;
            this.family = family;
            this.maxChain = maxChain;
            this.maxDepth = maxDepth;
            int n = u.size();
            cut = new BitSet(n);
            accepted = new BitSet(n);
            leaf = new BitSet(n);
            run = new int[n];
            maxRun = new int[n];
            famRun = new int[n];
            famMaxRun = new int[n];
            depth = new int[n];
        }

        void compute(int i) {
            int r = 0;
            int mr = 0;
            int fr = 0;
            int fmr = 0;
            int d = 0;
            int childCount = u.node(i).childCount();
            for (int c = 0; c < childCount; c++) {
                int k = u.child(i, c);
                boolean hidden = cut.get(k) || accepted.get(k);
                if (!hidden && head[i] != null && head[i].equals(head[k])) {
                    r = Math.max(r, run[k]);
                }
                if (!hidden && family[i] != null && family[i] == family[k]) {
                    fr = Math.max(fr, famRun[k]);
                }
                mr = Math.max(mr, hidden ? 1 : maxRun[k]);
                fmr = Math.max(fmr, hidden ? 1 : famMaxRun[k]);
                d = Math.max(d, cut.get(k) ? BOXED_DEPTH : accepted.get(k) ? 1 : depth[k]);
            }
            run[i] = head[i] == null ? 0 : r + 1;
            maxRun[i] = Math.max(mr, run[i]);
            famRun[i] = family[i] == null ? 0 : fr + 1;
            famMaxRun[i] = Math.max(fmr, famRun[i]);
            depth[i] = d + 1;
        }

        /** The chain that counts at node {@code i}: its family's for a single expression, its combinator's otherwise. */
        int chain(int i) {
            return leaf.get(i) ? famMaxRun[i] : maxRun[i];
        }

        boolean over(int i) {
            return chain(i) > maxChain || depth[i] > maxDepth;
        }

        /**
         * Walks down from {@code top} along what makes it too long (the longest run, else the deepest path)
         * and picks where to cut: the highest prefix of {@code top}'s own chain met, else the highest place
         * met. -1 when the path meets no place.
         */
        int placeToCut(int top, Place[] placeAt, Place own) {
            boolean byChain = chain(top) > maxChain;
            boolean byFamily = leaf.get(top);
            int[] r = byFamily ? famRun : run;
            int[] mr = byFamily ? famMaxRun : maxRun;
            int firstAny = -1;
            int x = top;
            while (true) {
                if (x != top && placeAt[x] != null && !cut.get(x)) {
                    if (placeAt[x].chain() == own.chain()) {
                        return x;
                    }
                    if (firstAny < 0) {
                        firstAny = x;
                    }
                }
                int next = -1;
                int childCount = u.node(x).childCount();
                for (int c = 0; c < childCount && next < 0; c++) {
                    int k = u.child(x, c);
                    if (cut.get(k) || accepted.get(k)) {
                        continue;
                    }
                    if (byChain) {
                        boolean inRun = r[x] > 0 && r[x] == mr[x];
                        boolean same = byFamily ? family[x] != null && family[x] == family[k] : head[x] != null && head[x].equals(head[k]);
                        if (inRun ? same && r[k] == r[x] - 1 && r[k] > 0 : mr[k] == mr[x]) {
                            next = k;
                        }
                    } else if (depth[k] == depth[x] - 1) {
                        next = k;
                    }
                }
                if (next < 0) {
                    return firstAny;
                }
                x = next;
            }
        }
    }
}
