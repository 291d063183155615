package dev.typeheat.advice.plan;

import dev.typeheat.types.Ty;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each input shows of the user's closures. One composition looks different in two inputs of the same
 * crate: rustc's errors print a helper fn's value as {@code impl Filter<..>} where a self-profile shows the
 * closure inside it, and the output of an older build lacks a route added since. So two places are one
 * composition when they agree on the closures that every input showing either of them knows.
 */
final class InputViews {
    private final TypeClosures closures;
    /** Per node, the inputs whose types hold it. */
    private final BitSet[] inputsOf;
    /** Per input, the closures its types hold. */
    private final List<BitSet> knownBy = new ArrayList<>();

    /**
     * @param inputsOf the inputs each root type was read from; roots not in it count as one input, so
     *                 without it places are one composition only when their closures are the same
     */
    InputViews(TypeUniverse u, TypeClosures closures, Map<Ty, ? extends Collection<String>> inputsOf) {
        this.closures = closures;
        int n = u.size();
        this.inputsOf = new BitSet[n];
        Map<String, Integer> ids = new HashMap<>();
        BitSet[] own = new BitSet[n];
        for (int i = 0; i < n; i++) {
            Collection<String> names = inputsOf.get(u.node(i));
            if (names == null && u.parentCount(i) == 0) {
                names = List.of(""); // a root read from no named input
            }
            if (names != null) {
                own[i] = new BitSet();
                for (String name : names) {
                    own[i].set(ids.computeIfAbsent(name, k -> ids.size()));
                }
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            knownBy.add(new BitSet());
        }
        // parents have higher positions: each node is shown by its own inputs and by its parents'. A node
        // shown by the same inputs as its parent shares its parent's set (never changed once handed down):
        // a type a million deep holds one set, not a million
        BitSet none = new BitSet();
        for (int i = n - 1; i >= 0; i--) {
            BitSet in = this.inputsOf[i] == null ? none : this.inputsOf[i];
            if (own[i] != null) {
                in = union(in, own[i]);
                for (int k = own[i].nextSetBit(0); k >= 0; k = own[i].nextSetBit(k + 1)) {
                    for (int id : closures.of(i).ids()) {
                        knownBy.get(k).set(id);
                    }
                }
            }
            this.inputsOf[i] = in;
            for (int c = 0; c < u.node(i).childCount(); c++) {
                int child = u.child(i, c);
                this.inputsOf[child] = this.inputsOf[child] == null ? in : union(this.inputsOf[child], in);
            }
        }
    }

    /** {@code a | b}: {@code a} itself when {@code b} adds nothing, else a new set. */
    private static BitSet union(BitSet a, BitSet b) {
        if (a == b) {
            return a;
        }
        BitSet out = (BitSet) a.clone();
        out.or(b);
        return out.equals(a) ? a : out;
    }

    /**
     * The closures every input that shows node {@code i} knows: a closure one of them lacks cannot tell
     * this node's composition from another's (it always holds the node's own closures).
     */
    private BitSet known(int i) {
        BitSet out = null;
        for (int in = inputsOf[i].nextSetBit(0); in >= 0; in = inputsOf[i].nextSetBit(in + 1)) {
            if (out == null) {
                out = (BitSet) knownBy.get(in).clone();
            } else {
                out.and(knownBy.get(in));
            }
        }
        return out == null ? new BitSet() : out;
    }

    /**
     * True when nodes {@code a} and {@code b} compose the same closures as far as all inputs showing them
     * know them, and what both know is most of each: a helper's closure or a route only one input shows does
     * not split a composition in two, while a composition of a few of those closures stays its own.
     */
    boolean sameComposition(int a, int b) {
        ClosureSet sa = closures.of(a);
        ClosureSet sb = closures.of(b);
        if (sa.equals(sb)) {
            return true;
        }
        BitSet both = known(a);
        both.and(known(b));
        BitSet ra = restricted(sa, both);
        BitSet rb = restricted(sb, both);
        int common = ra.cardinality();
        return ra.equals(rb) && common >= 2 && 2 * common >= Math.max(sa.size(), sb.size());
    }

    private static BitSet restricted(ClosureSet s, BitSet to) {
        BitSet out = new BitSet();
        for (int id : s.ids()) {
            if (to.get(id)) {
                out.set(id);
            }
        }
        return out;
    }

    /**
     * The places that are one composition merged into one (its nodes in every input, the closures of all of
     * them), and the chains they head merged alike. Only places of one combinator
     * (by its last name: errors print some paths short) are compared.
     */
    List<CutPlanner.Place> merge(List<CutPlanner.Place> places, TypeUniverse u) {
        int n = places.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, List<Integer>> byHead = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byHead.computeIfAbsent(simpleName(u.node(places.get(i).positions()[0])), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> same : byHead.values()) {
            for (int x = 0; x < same.size(); x++) {
                for (int y = x + 1; y < same.size(); y++) {
                    int i = same.get(x);
                    int j = same.get(y);
                    if (find(parent, i) != find(parent, j)
                            && sameComposition(places.get(i).positions()[0], places.get(j).positions()[0])) {
                        parent[find(parent, j)] = find(parent, i);
                    }
                }
            }
        }
        // the chains of merged places are one chain
        Map<Integer, Integer> chainParent = new HashMap<>();
        Map<Integer, Integer> chainOfGroup = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int g = find(parent, i);
            int chain = places.get(i).chain();
            Integer first = chainOfGroup.putIfAbsent(g, chain);
            if (first != null) {
                union(chainParent, first, chain);
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<CutPlanner.Place> out = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            CutPlanner.Place first = places.get(members.get(0));
            List<Integer> positions = new ArrayList<>();
            ClosureSet all = ClosureSet.EMPTY;
            boolean leaf = false;
            for (int m : members) {
                CutPlanner.Place p = places.get(m);
                for (int pos : p.positions()) {
                    positions.add(pos);
                }
                all = all.union(p.closures());
                leaf |= p.leaf();
            }
            out.add(new CutPlanner.Place(out.size(), positions.stream().mapToInt(Integer::intValue).sorted().toArray(), all,
                    first.family(), leaf, findChain(chainParent, first.chain()), false));
        }
        return out;
    }

    /** {@code Or} of {@code warp::filter::or::Or}: errors print some paths short, long-type files in full. */
    private static String simpleName(Ty t) {
        String name = t.name();
        return name.substring(name.lastIndexOf(':') + 1);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static int findChain(Map<Integer, Integer> parent, int c) {
        int x = c;
        while (parent.containsKey(x) && parent.get(x) != x) {
            x = parent.get(x);
        }
        return x;
    }

    private static void union(Map<Integer, Integer> parent, int a, int b) {
        int ra = findChain(parent, a);
        int rb = findChain(parent, b);
        if (ra != rb) {
            parent.put(rb, ra);
        }
    }
}
