package dev.typeheat.advice.plan;

import dev.typeheat.advice.Catalog;
import dev.typeheat.input.source.Expr;
import dev.typeheat.input.source.SourceFn;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TyKind;
import dev.typeheat.types.TypePrinter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches the type subtrees of a run to the expressions of the crate that built them. A subtree of a
 * composed type ({@code Or<Or<A, B>, C>}) is built by the expression whose closures are exactly the
 * subtree's closures and whose call names the subtree's combinator ({@code .or(..)} builds {@code Or},
 * {@code .and_then(..)} {@code AndThen}, a call of the crate's own fn what that fn returns).
 *
 * <p>Several expressions can build the same subtrees: a fn's value and each call of that fn. The fn's
 * value is the builder (one edit covers every call); its calls are kept as the places to box instead when
 * the fn's declared return type would not take the boxed value. Expressions that cannot be told apart
 * (the same closures and combinator, built in two places) are left out: no advice beats a wrong place.
 */
public final class CompositionMatcher {
    private final Catalog catalog;

    public CompositionMatcher(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The crate's compositions that are found in the run's types, in source order. */
    public List<Composition> match(SourceFlow flow, TypeUniverse universe, TypeClosures closures) {
        Map<ClosureSet, List<Integer>> byClosures = new HashMap<>();
        for (int i = 0; i < universe.size(); i++) {
            ClosureSet s = closures.of(i);
            if (!s.isEmpty() && catalog.familyOf(universe.node(i)).isPresent()) {
                byClosures.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
        // expressions by the nodes they build
        Map<List<Integer>, List<Expr>> byNodes = new LinkedHashMap<>();
        Map<Expr, ClosureSet> setOf = new IdentityHashMap<>();
        for (Expr e : flow.compositions()) {
            ClosureSet k = flow.closures(e);
            if (k.isEmpty()) {
                continue;
            }
            List<Integer> nodes = byClosures.get(k);
            if (nodes == null) {
                continue;
            }
            List<Integer> built = builtBy(e, nodes, universe, flow);
            if (!built.isEmpty()) {
                byNodes.computeIfAbsent(built, x -> new ArrayList<>()).add(e);
                setOf.put(e, k);
            }
        }
        List<Composition> out = new ArrayList<>();
        for (Map.Entry<List<Integer>, List<Expr>> entry : byNodes.entrySet()) {
            List<Expr> exprs = entry.getValue();
            List<Expr> builders = new ArrayList<>();
            List<Expr> calls = new ArrayList<>();
            for (Expr e : exprs) {
                if (flow.callee(e) != null && returnsOneOf(flow.callee(e), exprs, flow)) {
                    calls.add(e);
                } else {
                    builders.add(e);
                }
            }
            if (builders.size() != 1) {
                continue; // built in several places that cannot be told apart
            }
            Expr builder = builders.get(0);
            List<Ty> nodes = new ArrayList<>();
            for (int i : entry.getKey()) {
                nodes.add(universe.node(i));
            }
            out.add(new Composition(builder, flow.site(builder), setOf.get(builder), nodes, entry.getKey(),
                    catalog.familyOf(nodes.get(0)).orElseThrow(), calls));
        }
        out.sort(java.util.Comparator.comparing((Composition c) -> c.expr().range().file().path())
                .thenComparingInt(c -> c.expr().range().start()));
        return out;
    }

    /** True when {@code fn}'s value is one of {@code exprs} (so a call of it builds the same thing). */
    private static boolean returnsOneOf(SourceFn fn, List<Expr> exprs, SourceFlow flow) {
        for (Expr e : exprs) {
            SourceFlow.Site s = flow.site(e);
            if (s != null && s.fn() == fn && s.fnValue()) {
                return true;
            }
        }
        return false;
    }

    /** The nodes (among those with the right closures) whose combinator the expression's call names. */
    private List<Integer> builtBy(Expr e, List<Integer> nodes, TypeUniverse universe, SourceFlow flow) {
        List<String> heads = heads(e, flow, 0);
        for (boolean exact : new boolean[] {true, false}) {
            List<Integer> out = new ArrayList<>();
            for (int i : nodes) {
                String head = head(universe.node(i));
                for (String h : heads) {
                    if (exact ? head.equals(h) : head.startsWith(h)) {
                        out.add(i);
                        break;
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /** The combinator names an expression's value may have: {@code .and_then(..)} is {@code AndThen}. */
    private static List<String> heads(Expr e, SourceFlow flow, int depth) {
        if (depth > 16) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (e instanceof Expr.MethodCall m) {
            out.add(camel(m.method()));
        }
        SourceFn callee = flow.callee(e);
        if (callee != null && callee.body() != null && callee.body().tail() != null) {
            out.addAll(heads(callee.body().tail(), flow, depth + 1));
        }
        if (!out.isEmpty()) {
            return out;
        }
        if (e instanceof Expr.Call c && c.calleePath() != null) {
            String p = c.calleePath();
            return List.of(camel(p.substring(p.lastIndexOf(':') + 1)));
        }
        if (e instanceof Expr.Block b && b.tail() != null) {
            return heads(b.tail(), flow, depth + 1);
        }
        return List.of();
    }

    /** {@code and_then} -> {@code AndThen} */
    static String camel(String snake) {
        StringBuilder b = new StringBuilder();
        for (String part : snake.split("_")) {
            if (!part.isEmpty()) {
                b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return b.toString();
    }

    /** The last segment of a node's path: {@code warp::filter::or::Or<..>} -> {@code Or}. */
    static String head(Ty t) {
        if (t.kind() != TyKind.PATH) {
            return "";
        }
        String path = TypePrinter.stripHashes(t.name());
        return path.substring(path.lastIndexOf(':') + 1);
    }
}
