package dev.typeheat.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Rewrites rustc's Debug spellings inside a type into the Rust spellings people read in error
 * messages, for printing: {@code Closure(DefId(2:7942 ~ app[1a2b]::f::{closure#0}), [..])} becomes
 * {@code {closure@src/x.rs:12:5}} when the closure's place is known and {@code app::f::{closure#0}}
 * otherwise; {@code Alias(Projection, AliasTy { args: [T, A], def_id: DefId(.. ~ m::Trait::Assoc) })}
 * becomes {@code <T as m::Trait<A>>::Assoc}; {@code Binder { value: X, bound_vars: [..] }} becomes
 * {@code X}; anonymous lifetimes {@code '^0} become {@code '_}. The result is a new tree (the input is
 * interned and shared, so it is never changed; plain parts are reused as they are), built children first
 * ({@link TyWalk}) and remembered per node: printing many findings of one run rewrites each distinct
 * subtree once.
 */
public final class RustSpelling {
    private static final Set<String> CLOSURES = Set.of("Closure", "CoroutineClosure");
    private static final Set<String> PATH_FORMS = Set.of("FnDef", "Foreign", "CoroutineWitness", "Opaque");

    /** rustc's Debug forms of bound and erased regions: {@code '^0}, {@code '^c_1}, {@code '^1.Named(DefId(..))}, {@code '{erased}}. */
    private static final java.util.regex.Pattern ANONYMOUS_LIFETIME = java.util.regex.Pattern.compile(
            "'\\^(?:c_)?\\d+(?:_\\d+)?(?:\\.Named\\(DefId\\([^)]*\\)(?:, \"[^\"]*\")?\\))?|'\\{erased}");

    private final Interner interner = new Interner();
    /** Rewritten nodes by the nodes read (of one interner: identity is equality). */
    private final NodeMap<Ty> done = new NodeMap<>();
    private final Function<String, String> places;

    /**
     * @param places a closure's def path without crate hashes ({@code app::f::{closure#0}}) to its place
     *               ({@code src/x.rs:12:5}), or null when unknown
     */
    public RustSpelling(Function<String, String> places) {
        this.places = places;
    }

    /** {@code t} printed the Rust way, shortened to {@code width} characters. */
    public String print(Ty t, int width) {
        return TypePrinter.WITHOUT_HASHES.printShortened(rewrite(t), width);
    }

    /** {@code t} with every Debug spelling replaced. */
    public Ty rewrite(Ty root) {
        for (Ty t : TyWalk.childrenFirst(root, done::containsKey)) {
            done.put(t, spell(t));
        }
        return done.get(root);
    }

    /** One node, its children already rewritten. */
    private Ty spell(Ty t) {
        if (t.kind() == TyKind.STRUCT && t.name().equals("Binder")) {
            Ty value = field(t, "value");
            if (value != null) {
                return done.get(value);
            }
        }
        if (t.kind() == TyKind.CALL && !t.has(Ty.HAS_BASE)) {
            String defPath = t.childCount() > 0 ? defPath(t.child(0)) : null;
            if (t.name().equals("Binder") && t.childCount() >= 1) {
                return done.get(t.child(0));
            }
            if (t.name().equals("DefId") && t.childCount() == 1) {
                String path = defPathOfSeq(t.child(0));
                if (path != null) {
                    return interner.leaf(TyKind.PATH, path);
                }
            }
            if (defPath != null && (CLOSURES.contains(t.name()) || t.name().equals("Coroutine"))) {
                // only the local crate's closures (DefId(0:..)) are placed: the paths of a dependency's
                // debug info are relative to that dependency, not to the user's source root
                String place = localCrate(t.child(0)) ? places.apply(defPath) : null;
                if (place == null) {
                    return interner.leaf(TyKind.PATH, defPath);
                }
                String kind = t.name().equals("Coroutine") ? "async block@" : "closure@";
                return interner.leaf(TyKind.CLOSURE, kind + place);
            }
            if (defPath != null && PATH_FORMS.contains(t.name())) {
                return path(defPath, t.childCount() > 1 ? listItems(t.child(1)) : List.of());
            }
            if (t.name().equals("Alias") && t.childCount() == 2) {
                Ty alias = alias(t.child(0).name(), t.child(1));
                if (alias != null) {
                    return alias;
                }
            }
        }
        return copy(t);
    }

    /** {@code Alias(KIND, AliasTy { args: [..], def_id: DefId(..), .. })}. */
    private Ty alias(String kind, Ty aliasTy) {
        if (aliasTy.kind() != TyKind.STRUCT) {
            return null;
        }
        Ty argsField = field(aliasTy, "args");
        Ty defField = field(aliasTy, "def_id");
        String path = defField != null ? defPath(defField) : null;
        if (argsField == null || path == null) {
            return null;
        }
        List<Ty> args = listItems(argsField);
        int split = path.lastIndexOf("::");
        if (kind.equals("Projection") && !args.isEmpty() && split > 0) {
            // <Self as Trait<rest>>::Assoc: the def path is the trait's path with the associated item last
            Ty trait = path(path.substring(0, split), args.subList(1, args.size()));
            Ty qualified = interner.intern(TyKind.QUALIFIED, "as", new Ty[] {args.get(0), trait}, 0);
            return interner.intern(TyKind.PATH, path.substring(split), new Ty[] {qualified}, Ty.HAS_BASE);
        }
        return path(path, args);
    }

    /** A path with the already rewritten {@code args} as generic arguments. */
    private Ty path(String name, List<Ty> args) {
        return interner.intern(TyKind.PATH, name, args.toArray(new Ty[0]), 0);
    }

    /** The rewritten items of a Debug list ({@code [a, b]}; one item parses as a slice). */
    private List<Ty> listItems(Ty original) {
        Ty list = original.kind() == TyKind.FIELD && original.childCount() == 1 ? original.child(0) : original;
        List<Ty> out = new ArrayList<>();
        if (list.kind() == TyKind.LIST) {
            for (int i = 0; i < list.childCount(); i++) {
                out.add(done.get(list.child(i)));
            }
        } else if (list.kind() == TyKind.SLICE) {
            out.add(done.get(list.child(0)));
        }
        return out;
    }

    /** The value of field {@code name} of a Debug struct, or null. */
    private static Ty field(Ty struct, String name) {
        for (int i = 0; i < struct.childCount(); i++) {
            Ty c = struct.child(i);
            if (c.kind() == TyKind.FIELD && c.name().equals(name) && c.childCount() == 1) {
                return c.child(0);
            }
        }
        return null;
    }

    /** The path of a {@code DefId(2:7942 ~ app[1a2b]::f)} node (or a field holding one), without crate hashes. */
    private static String defPath(Ty t) {
        Ty d = t.kind() == TyKind.FIELD && t.childCount() == 1 ? t.child(0) : t;
        if (d.kind() != TyKind.CALL || !d.name().equals("DefId") || d.childCount() != 1) {
            return null;
        }
        return defPathOfSeq(d.child(0));
    }

    /** Whether a {@code DefId(0:..)} names the crate being compiled. */
    private static boolean localCrate(Ty defId) {
        Ty seq = defId.childCount() == 1 ? defId.child(0) : null;
        return seq != null && seq.kind() == TyKind.SEQ && seq.childCount() > 0 && seq.child(0).name().equals("0");
    }

    private static String defPathOfSeq(Ty seq) {
        if (seq.kind() != TyKind.SEQ || seq.childCount() < 2) {
            return null;
        }
        Ty last = seq.child(seq.childCount() - 1);
        if (last.kind() != TyKind.PATH || last.childCount() > 0) {
            return null;
        }
        return TypePrinter.stripHashes(last.name());
    }

    /** The node over its rewritten children: itself when nothing below it and no lifetime in it changed. */
    private Ty copy(Ty t) {
        boolean same = true;
        for (int i = 0; i < t.childCount() && same; i++) {
            same = done.get(t.child(i)) == t.child(i);
        }
        String name = t.name().contains("'^") || t.name().contains("'{") ? ANONYMOUS_LIFETIME.matcher(t.name()).replaceAll("'_") : t.name();
        if (same && name.equals(t.name())) {
            // most of a type is plain Rust: not copied (nor a child array made), so a million-node type
            // is not built twice
            return t;
        }
        Ty[] children = new Ty[t.childCount()];
        for (int i = 0; i < children.length; i++) {
            children[i] = done.get(t.child(i));
        }
        return interner.intern(t.kind(), name, children, t.flags());
    }
}
