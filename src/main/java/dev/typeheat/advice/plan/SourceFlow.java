package dev.typeheat.advice.plan;

import dev.typeheat.input.source.CrateSource;
import dev.typeheat.input.source.Expr;
import dev.typeheat.input.source.SourceFn;
import dev.typeheat.input.source.UseDecl;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which closures each expression of the crate composes into its value's type: the closures and async
 * blocks written in it (not those nested inside another closure's body, which a closure's type does not
 * name), those of the {@code let} bindings it uses, and those of the crate's own fns it calls (a fn's
 * closures belong to every call of it). A boxing call ({@code .boxed()}) erases what is below it.
 *
 * <p>The flow is a graph (jgrapht): an expression depends on the bindings and fns it uses; sets are
 * computed on demand and remembered, and a recursive fn contributes what was known when the cycle closed.
 */
public final class SourceFlow {
    /** Calls that erase the type they box: after them the value's type names none of the closures inside. */
    private static final Set<String> ERASING_METHODS = Set.of("boxed", "boxed_local", "boxed_clone", "boxed_unsync",
            "into_boxed", "into_response");
    private static final Set<String> ERASING_CALLS = Set.of("BoxCloneService::new", "BoxService::new", "BoxLayer::new",
            "BoxCloneSyncService::new", "UnsyncBoxService::new");

    /** Where an expression sits: its fn, and whether it is a let initialiser or the fn's value. */
    public record Site(SourceFn fn, Expr.Let binding, boolean fnValue, Expr parent) {
    }

    private final CrateSource source;
    private final ClosureKeys keys;
    private final Map<String, SourceFn> fnsByPath = new HashMap<>();
    /** Modules that hold fns (and their parents): where a path's first segment may point. */
    private final Set<String> modules = new java.util.HashSet<>();
    /** Impl and trait scopes (not modules). */
    private final Set<String> traitScopes = new java.util.HashSet<>();
    private final List<UseDecl> uses;
    private final Map<Expr.PathExpr, Expr.Let> bindings = new IdentityHashMap<>();
    private final Map<Expr, SourceFn> callees = new IdentityHashMap<>();
    private final Map<Expr, Site> sites = new IdentityHashMap<>();
    private final Map<Expr, ClosureSet> memo = new IdentityHashMap<>();
    private final Map<SourceFn, ClosureSet> fnMemo = new IdentityHashMap<>();
    private final Set<Object> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** fn -> fn calls, and binding uses, for whoever wants the shape of the crate's composition. */
    private final Graph<Object, DefaultEdge> flow = new DefaultDirectedGraph<>(DefaultEdge.class);
    private final List<Expr> compositions = new ArrayList<>();

    public SourceFlow(CrateSource source, ClosureKeys keys) {
        this.source = source;
        this.keys = keys;
        this.uses = source.uses();
        for (SourceFn f : source.fns()) {
            flow.addVertex(f);
            fnsByPath.putIfAbsent(f.defPath(), f);
            if (f.inImpl()) {
                traitScopes.add(parentPath(f.defPath()));
            }
        }
        for (SourceFn f : source.fns()) {
            for (String p = parentPath(f.defPath()); !p.isEmpty(); p = parentPath(p)) {
                if (!fnsByPath.containsKey(p) && !traitScopes.contains(p)) {
                    modules.add(p);
                }
            }
        }
        for (SourceFn f : source.fns()) {
            if (f.body() != null) {
                resolve(f);
            }
        }
    }

    /** Every call and method call of the crate, in source order: the expressions that may compose a type. */
    public List<Expr> compositions() {
        return compositions;
    }

    public Site site(Expr e) {
        return sites.get(e);
    }

    /** The crate fn a call (or method call) reaches, or null. */
    public SourceFn callee(Expr e) {
        return callees.get(e);
    }

    /** The let binding a single-name path refers to, or null. */
    public Expr.Let binding(Expr.PathExpr p) {
        return bindings.get(p);
    }

    /** The fns a fn calls, and the bindings each expression reads (a graph for reporting the crate's shape). */
    public Graph<Object, DefaultEdge> graph() {
        return flow;
    }

    public CrateSource source() {
        return source;
    }

    /** True when {@code e} boxes its receiver or argument away ({@code x.boxed()}, {@code Box::new(x) as Box<dyn ..>}). */
    public static boolean erases(Expr e) {
        if (e instanceof Expr.MethodCall m) {
            return ERASING_METHODS.contains(m.method());
        }
        if (e instanceof Expr.Cast c) {
            return c.type().replace(" ", "").contains("<dyn");
        }
        if (e instanceof Expr.Call c && c.calleePath() != null) {
            String p = c.calleePath();
            for (String erasing : ERASING_CALLS) {
                if (p.equals(erasing) || p.endsWith("::" + erasing)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The closures {@code e}'s value type is composed of. */
    public ClosureSet closures(Expr e) {
        ClosureSet known = memo.get(e);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(e)) {
            return ClosureSet.EMPTY; // a cycle through bindings or calls: what is known so far
        }
        ClosureSet out = compute(e);
        inProgress.remove(e);
        memo.put(e, out);
        return out;
    }

    /** The closures a fn's value is composed of: its tail and its {@code return}s. */
    public ClosureSet closures(SourceFn f) {
        ClosureSet known = fnMemo.get(f);
        if (known != null) {
            return known;
        }
        if (f.body() == null || !inProgress.add(f)) {
            return ClosureSet.EMPTY;
        }
        ClosureSet out = closures(f.body());
        for (Expr r : returns(f.body())) {
            out = out.union(closures(r));
        }
        inProgress.remove(f);
        fnMemo.put(f, out);
        return out;
    }

    private ClosureSet compute(Expr e) {
        if (erases(e)) {
            return ClosureSet.EMPTY;
        }
        if (e instanceof Expr.Closure c) {
            return ClosureSet.of(keys.idOf(c));
        }
        if (e instanceof Expr.PathExpr p) {
            Expr.Let let = bindings.get(p);
            return let == null || let.init() == null ? ClosureSet.EMPTY : closures(let.init());
        }
        if (e instanceof Expr.Block b) {
            return b.tail() == null ? ClosureSet.EMPTY : closures(b.tail());
        }
        ClosureSet out = ClosureSet.EMPTY;
        for (Expr c : e.children()) {
            out = out.union(closures(c));
        }
        SourceFn callee = callees.get(e);
        if (callee != null) {
            out = out.union(closures(callee));
        }
        return out;
    }

    /** {@code return x} in a body, not inside a closure (whose returns are its own). */
    private static List<Expr> returns(Expr body) {
        List<Expr> out = new ArrayList<>();
        Deque<Expr> stack = new ArrayDeque<>();
        stack.push(body);
        while (!stack.isEmpty()) {
            Expr e = stack.pop();
            if (e instanceof Expr.Return r && r.value() != null) {
                out.add(r.value());
            }
            if (e instanceof Expr.Closure) {
                continue;
            }
            for (Expr c : e.children()) {
                stack.push(c);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------ resolution

    /** Walks a fn body with its scopes: names to bindings, calls to the crate's fns, each expression to its site. */
    private void resolve(SourceFn f) {
        walk(f.body(), f, null, null, true, false, new ArrayDeque<>());
    }

    /**
     * @param fnValue   true when {@code e} is the fn's value (its body's tail, or what a {@code return} returns)
     * @param inClosure true inside a closure or async block, whose tail and returns are its own
     */
    private void walk(Expr e, SourceFn fn, Expr parent, Expr.Let binding, boolean fnValue, boolean inClosure,
            Deque<Map<String, Expr.Let>> scopes) {
        sites.put(e, new Site(fn, binding, fnValue, parent));
        if (e instanceof Expr.MethodCall || e instanceof Expr.Call) {
            compositions.add(e);
            SourceFn callee = calleeOf(e, fn);
            if (callee != null) {
                callees.put(e, callee);
                flow.addEdge(fn, callee);
            }
        }
        if (e instanceof Expr.PathExpr p && p.isSingleName()) {
            Expr.Let let = lookup(scopes, p.path());
            if (let != null) {
                bindings.put(p, let);
                flow.addEdge(fn, let);
            }
            return;
        }
        if (e instanceof Expr.Block b) {
            scopes.push(new HashMap<>());
            for (Expr.Stmt s : b.stmts()) {
                if (s instanceof Expr.Let let) {
                    if (!flow.containsVertex(let)) {
                        flow.addVertex(let);
                    }
                    if (let.init() != null) {
                        walk(let.init(), fn, e, let.simple() ? let : null, false, inClosure, scopes);
                    }
                    for (String name : let.names()) {
                        scopes.peek().put(name, let);
                    }
                } else {
                    for (Expr x : s.exprs()) {
                        walk(x, fn, e, null, false, inClosure, scopes);
                    }
                }
            }
            if (b.tail() != null) {
                walk(b.tail(), fn, e, null, fnValue, inClosure, scopes);
            }
            scopes.pop();
            return;
        }
        for (Expr c : e.children()) {
            if (e instanceof Expr.Closure) {
                walk(c, fn, e, null, false, true, scopes);
            } else {
                walk(c, fn, e, null, e instanceof Expr.Return && !inClosure, inClosure, scopes);
            }
        }
    }

    private static Expr.Let lookup(Deque<Map<String, Expr.Let>> scopes, String name) {
        for (Map<String, Expr.Let> scope : scopes) {
            Expr.Let let = scope.get(name);
            if (let != null) {
                return let;
            }
        }
        return null;
    }

    /**
     * The crate fn a call reaches, resolved as Rust does as far as typeheat can: a bare name is a fn of the
     * caller's module (or nested in the caller) or one a {@code use} brings in; a path starts at
     * {@code crate}, {@code self}, {@code super}, a module of the crate or a {@code use}d name;
     * {@code Self::f} and {@code self.f()} are fns of the caller's impl. Anything else (another crate's
     * fn, a method on a value of unknown type) is not the crate's: null.
     */
    private SourceFn calleeOf(Expr e, SourceFn caller) {
        if (e instanceof Expr.MethodCall m) {
            boolean onSelf = m.receiver() instanceof Expr.PathExpr p && p.path().equals("self");
            return onSelf ? fnsByPath.get(parentPath(caller.defPath()) + "::" + m.method()) : null;
        }
        if (!(e instanceof Expr.Call c) || c.calleePath() == null) {
            return null;
        }
        String p = c.calleePath().replaceAll("::<.*?>(?=::|$)", "");
        if (p.startsWith("<")) {
            return null;
        }
        String[] segments = p.split("::");
        String module = moduleOf(caller);
        if (segments.length == 1) {
            return bare(segments[0], caller, module);
        }
        if (segments[0].equals("Self")) {
            return fnsByPath.get(parentPath(caller.defPath()) + "::" + String.join("::", java.util.Arrays.copyOfRange(segments, 1, segments.length)));
        }
        String resolved = resolve(segments, module, 0);
        return resolved == null ? null : fnsByPath.get(resolved);
    }

    private SourceFn bare(String name, SourceFn caller, String module) {
        SourceFn f = fnsByPath.get(caller.defPath() + "::" + name);
        if (f == null) {
            f = fnsByPath.get(module + "::" + name);
        }
        if (f != null) {
            return f;
        }
        for (UseDecl u : usesIn(module, caller)) {
            if (u.alias().equals(name)) {
                String r = resolve(u.path().split("::"), module, 1);
                return r == null ? null : fnsByPath.get(r);
            }
        }
        for (UseDecl u : usesIn(module, caller)) {
            if (u.alias().equals("*")) {
                String r = resolve((u.path() + "::" + name).split("::"), module, 1);
                if (r != null && fnsByPath.containsKey(r)) {
                    return fnsByPath.get(r);
                }
            }
        }
        return null;
    }

    /** A path of the crate as an absolute def path, or null when it leaves the crate. */
    private String resolve(String[] segments, String module, int depth) {
        if (depth > 8 || segments.length == 0) {
            return null;
        }
        String first = segments[0];
        String rest = segments.length > 1 ? "::" + String.join("::", java.util.Arrays.copyOfRange(segments, 1, segments.length)) : "";
        if (first.equals("crate") || first.equals(source.name())) {
            return source.name() + rest;
        }
        if (first.equals("self")) {
            return module + rest;
        }
        if (first.equals("super")) {
            return resolve(("self" + rest).split("::"), parentPath(module), depth + 1);
        }
        if (modules.contains(module + "::" + first) || fnsByPath.containsKey(module + "::" + first)) {
            return module + "::" + first + rest;
        }
        for (UseDecl u : uses) {
            if (u.scope().equals(module) && u.alias().equals(first)) {
                return resolve((u.path() + rest).split("::"), module, depth + 1);
            }
        }
        return null;
    }

    private List<UseDecl> usesIn(String module, SourceFn caller) {
        List<UseDecl> out = new ArrayList<>();
        for (UseDecl u : uses) {
            if (u.scope().equals(module) || u.scope().equals(caller.defPath())) {
                out.add(u);
            }
        }
        return out;
    }

    /** The module a fn is in: its def path without the fn, its impl and the fns it is nested in. */
    private String moduleOf(SourceFn f) {
        String p = parentPath(f.defPath());
        while (!p.isEmpty() && (fnsByPath.containsKey(p) || p.substring(p.lastIndexOf(':') + 1).startsWith("{impl#")
                || traitScopes.contains(p))) {
            p = parentPath(p);
        }
        return p;
    }

    private static String parentPath(String path) {
        int i = path.lastIndexOf("::");
        return i < 0 ? "" : path.substring(0, i);
    }
}
