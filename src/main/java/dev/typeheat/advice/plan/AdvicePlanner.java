package dev.typeheat.advice.plan;

import dev.typeheat.advice.Catalog;
import dev.typeheat.advice.Family;
import dev.typeheat.input.source.CrateSource;
import dev.typeheat.input.source.Expr;
import dev.typeheat.types.Ty;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans where to box: the places that may be cut (with the crate's source, the expressions matched to
 * the types they build; without it, the type nodes where the user's closures are joined), the fewest
 * cuts that bring every composition under the limits plus the hand-off, ordered by marginal gain, each
 * placed in the source with the edits that apply it.
 */
public final class AdvicePlanner {
    private final Catalog catalog;
    private final int maxChain;
    private final int maxDepth;

    public AdvicePlanner(Catalog catalog, int maxChain, int maxDepth) {
        this.catalog = catalog;
        this.maxChain = maxChain;
        this.maxDepth = maxDepth;
    }

    public BoxPlan plan(Collection<Ty> types, CrateSource source) {
        return plan(types, source, Map.of());
    }

    /**
     * @param placed where the build's debug info puts closures that types name by def path, as
     *               {@code file:line}: without source, boxes name those places instead of the paths
     */
    public BoxPlan plan(Collection<Ty> types, CrateSource source, Map<String, String> placed) {
        return plan(types, Map.of(), source, placed);
    }

    /**
     * @param inputsOf the inputs each type was read from: without source, a composition that two inputs
     *                 show differently (a helper's closure revealed in one, an older build's routes in
     *                 the other) is still one place to box
     * @param placed   where the build's debug info puts closures that types name by def path, as
     *                 {@code file:line}: without source, boxes name those places instead of the paths
     */
    public BoxPlan plan(Collection<Ty> types, Map<Ty, ? extends Collection<String>> inputsOf, CrateSource source,
            Map<String, String> placed) {
        if (types.isEmpty()) {
            return BoxPlan.empty(maxChain, maxDepth);
        }
        TypeUniverse u = new TypeUniverse(types);
        ClosureKeys keys = new ClosureKeys(placed);
        List<String> notes = new ArrayList<>();
        SourceFlow flow = source.isEmpty() ? null : new SourceFlow(source, keys);
        TypeClosures closures = new TypeClosures(u, keys);
        List<Composition> compositions = flow == null ? List.of()
                : new CompositionMatcher(catalog).match(flow, u, closures);
        if (flow != null && compositions.isEmpty()) {
            notes.add("no expression of the source at " + source.root() + " builds a type of this run"
                    + " (its closures are not in the types read): the boxes are placed by the types alone");
        }
        if (!source.skipped().isEmpty()) {
            notes.add(source.skipped().size() + " item(s) of the source not understood, first: " + source.skipped().get(0));
        }
        boolean bySource = !compositions.isEmpty();
        List<CutPlanner.Place> places = bySource ? placesOf(compositions, flow)
                : new InputViews(u, closures, inputsOf).merge(joiningPlaces(u, closures, keys), u);
        Map<CutPlanner.Place, Composition> compositionOf = new HashMap<>();
        for (int k = 0; k < compositions.size() && bySource; k++) {
            compositionOf.put(places.get(k), compositions.get(k));
        }
        CutPlanner.Result result = new CutPlanner(catalog, maxChain, maxDepth).plan(u, places, closures);
        PlanGain gain = new PlanGain(u);
        List<PlanGain.Worth> worths = new ArrayList<>();
        List<CutPlanner.Place> ordered = gain.order(result.cuts(), worths);

        EditPlacer placer = flow == null ? null : new EditPlacer(flow);
        List<PlannedBox> boxes = new ArrayList<>();
        for (int k = 0; k < ordered.size(); k++) {
            CutPlanner.Place p = ordered.get(k);
            Ty node = u.node(p.positions()[0]);
            Family family = p.family();
            String remedy = remedy(family);
            Composition c = compositionOf.get(p);
            if (c != null) {
                EditPlacer.Placed at = placer.place(c);
                boxes.add(new PlannedBox(k + 1, node, family, at.where(), result.reasons().get(p), worths.get(k),
                        remedy, at.edits(), at.note()));
            } else {
                Placement where = new Placement(null, 0, 0, 0, 0, "", null, spans(keys, p.closures()));
                boxes.add(new PlannedBox(k + 1, node, family, where, result.reasons().get(p), worths.get(k), remedy,
                        List.of(), ""));
            }
        }
        List<BoxPlan.Effect> effects = effects(u, places, result.handOffs(), ordered, compositionOf);
        List<String> unfixable = new ArrayList<>();
        for (int i : result.unfixable()) {
            unfixable.add(describe(u.node(i), keys, closures.of(i)));
        }
        return new BoxPlan(boxes, effects, unfixable, bySource, notes, maxChain, maxDepth);
    }

    /**
     * The compositions as places: a route (its own chain calls a closure) is a leaf; a prefix of a method
     * chain belongs to that chain; one that a boxing call receives is boxed already.
     */
    private static List<CutPlanner.Place> placesOf(List<Composition> compositions, SourceFlow flow) {
        Map<Expr, Integer> chains = new java.util.IdentityHashMap<>();
        List<CutPlanner.Place> out = new ArrayList<>();
        for (Composition c : compositions) {
            Expr root = chainRoot(c.expr(), flow);
            Integer chain = chains.computeIfAbsent(root, r -> chains.size());
            out.add(new CutPlanner.Place(out.size(), toArray(c.positions()), c.closures(), c.family(), isLeaf(c.expr(), flow, 0),
                    chain, isBoxed(c.expr(), flow)));
        }
        return out;
    }

    /** The outermost expression of the method chain {@code e} is the receiver spine of. */
    private static Expr chainRoot(Expr e, SourceFlow flow) {
        Expr x = e;
        while (true) {
            SourceFlow.Site s = flow.site(x);
            if (s != null && s.parent() instanceof Expr.MethodCall m && m.receiver() == x && !SourceFlow.erases(m)) {
                x = m;
            } else {
                return x;
            }
        }
    }

    /** True when a call of {@code e}'s own chain takes a closure: {@code get().and(..).map(|x| ..)} is a route. */
    private static boolean isLeaf(Expr e, SourceFlow flow, int depth) {
        for (Expr x = e; x != null; ) {
            List<Expr> args = x instanceof Expr.MethodCall m ? m.args() : x instanceof Expr.Call c ? c.args() : List.of();
            for (Expr a : args) {
                if (a instanceof Expr.Closure) {
                    return true;
                }
            }
            dev.typeheat.input.source.SourceFn callee = flow.callee(x);
            if (callee != null && callee.body() != null && callee.body().tail() != null && depth < 8
                    && isLeaf(callee.body().tail(), flow, depth + 1)) {
                return true;
            }
            x = x instanceof Expr.MethodCall m ? m.receiver() : null;
        }
        return false;
    }

    /** True when {@code e} is what a boxing call receives ({@code e.boxed()}, {@code Box::new(e) as Box<dyn ..>}). */
    private static boolean isBoxed(Expr e, SourceFlow flow) {
        SourceFlow.Site s = flow.site(e);
        if (s == null || s.parent() == null) {
            return false;
        }
        Expr parent = s.parent();
        if (parent instanceof Expr.MethodCall m) {
            return m.receiver() == e && SourceFlow.erases(m);
        }
        if (SourceFlow.erases(parent)) {
            return true;
        }
        SourceFlow.Site ps = flow.site(parent);
        return ps != null && ps.parent() instanceof Expr.Cast cast && SourceFlow.erases(cast);
    }

    /**
     * Without source, the places are the type nodes where user code joins pieces: family nodes whose
     * closures none of their children has alone. A node with one of the user's closures as a direct child
     * is a route (a leaf); a run of one combinator is one chain.
     */
    private List<CutPlanner.Place> joiningPlaces(TypeUniverse u, TypeClosures closures, ClosureKeys keys) {
        int n = u.size();
        int[] chainOf = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            if (chainOf[i] == 0) {
                chainOf[i] = i + 1;
            }
            Ty t = u.node(i);
            if (t.childCount() > 0 && catalog.familyOf(t).isPresent()) {
                int first = u.child(i, 0);
                if (u.node(first).name().equals(t.name()) && u.node(first).kind() == t.kind()) {
                    chainOf[first] = chainOf[i];
                }
            }
        }
        List<CutPlanner.Place> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!joins(u, closures, i)) {
                continue;
            }
            boolean leaf = false;
            for (int c = 0; c < u.node(i).childCount(); c++) {
                leaf |= keys.idOf(u.node(u.child(i, c))) >= 0;
            }
            out.add(new CutPlanner.Place(out.size(), new int[] {i}, closures.of(i), catalog.familyOf(u.node(i)).orElseThrow(), leaf,
                    -chainOf[i], false));
        }
        return out;
    }

    /** A family node whose closures none of its children has alone is where user code joins pieces. */
    private boolean joins(TypeUniverse u, TypeClosures closures, int i) {
        ClosureSet s = closures.of(i);
        if (s.isEmpty() || u.node(i).kind() != dev.typeheat.types.TyKind.PATH || catalog.familyOf(u.node(i)).isEmpty()) {
            return false; // a combinator's type joins pieces; a closure or async block is one
        }
        for (int c = 0; c < u.node(i).childCount(); c++) {
            if (closures.of(u.child(i, c)).equals(s)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each handed-on composition before and after the plan: depth, longest chain (as the planner counts it:
     * a run of one combinator, or of one family in a route's own chain), distinct nodes.
     */
    private List<BoxPlan.Effect> effects(TypeUniverse u, List<CutPlanner.Place> places, List<CutPlanner.Place> roots,
            List<CutPlanner.Place> plan, Map<CutPlanner.Place, Composition> compositionOf) {
        if (plan.isEmpty()) {
            return List.of();
        }
        Family[] family = new Family[u.size()];
        String[] head = new String[u.size()];
        for (int i = 0; i < u.size(); i++) {
            family[i] = catalog.familyOf(u.node(i)).orElse(null);
            head[i] = family[i] == null ? null : u.node(i).name();
        }
        CutPlanner.Metrics before = new CutPlanner.Metrics(u, head, family, maxChain, maxDepth);
        CutPlanner.Metrics after = new CutPlanner.Metrics(u, head, family, maxChain, maxDepth);
        BitSet cut = new BitSet(u.size());
        for (CutPlanner.Place p : plan) {
            for (int pos : p.positions()) {
                cut.set(pos);
            }
        }
        after.cut.or(cut);
        for (CutPlanner.Place p : places) {
            if (p.leaf()) {
                for (int pos : p.positions()) {
                    before.leaf.set(pos);
                    after.leaf.set(pos);
                }
            }
        }
        for (int i = 0; i < u.size(); i++) {
            before.compute(i);
            after.compute(i);
        }
        PlanGain gain = new PlanGain(u);
        List<BoxPlan.Effect> out = new ArrayList<>();
        for (CutPlanner.Place root : roots) {
            int r = root.positions()[0];
            Composition c = compositionOf.get(root);
            String what = c != null ? c.where() : CompositionMatcher.head(u.node(r)) + "<..>";
            // the hand-off itself is boxed: what is handed on is the box, and its own piece is what the plan left
            BitSet inside = (BitSet) cut.clone();
            inside.clear(r);
            out.add(new BoxPlan.Effect(what, before.depth[r], after.depth[r], before.chain(r), after.chain(r),
                    gain.pieceNodes(new int[] {r}, new BitSet(u.size())), gain.pieceNodes(new int[] {r}, inside), u.node(r)));
        }
        out.sort(Comparator.comparingLong(BoxPlan.Effect::distinctBefore).reversed());
        return out;
    }

    private static String remedy(Family f) {
        String call = !f.call().isEmpty() ? f.call() : f.remedy();
        return f.requires().isEmpty() ? call : call + " (needs " + f.requires() + ")";
    }

    private static List<String> spans(ClosureKeys keys, ClosureSet set) {
        List<String> out = new ArrayList<>();
        for (int id : set.ids()) {
            out.add(keys.name(id));
        }
        out.sort(Comparator.comparing((String s) -> s.substring(0, Math.max(0, s.indexOf(':'))))
                .thenComparingInt(AdvicePlanner::lineOf).thenComparingInt(AdvicePlanner::columnOf));
        return out;
    }

    private static int lineOf(String key) {
        String[] parts = key.split(":");
        return parts.length >= 3 ? parseOr(parts[parts.length - 2]) : 0;
    }

    private static int columnOf(String key) {
        String[] parts = key.split(":");
        return parts.length >= 3 ? parseOr(parts[parts.length - 1]) : 0;
    }

    private static int parseOr(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String describe(Ty t, ClosureKeys keys, ClosureSet set) {
        String head = CompositionMatcher.head(t);
        return (head.isEmpty() ? "a type" : head + "<..>") + (set.isEmpty() ? "" : " composing "
                + Placement.closureList(spans(keys, set)));
    }

    private static int[] toArray(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }
}
