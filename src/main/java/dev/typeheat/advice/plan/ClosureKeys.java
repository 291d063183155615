package dev.typeheat.advice.plan;

import dev.typeheat.advice.SourceSpan;
import dev.typeheat.input.source.Expr;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TyKind;
import dev.typeheat.types.TypePrinter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives each of the user's closures one id, whichever way it is named: by where it starts
 * ({@code src/main.rs:12:14}, from rustc's {@code {closure@src/main.rs:12:14: 12:30}}) or by its def path
 * ({@code app::main::{closure#3}}, from a self-profile's {@code Closure(DefId(0:5 ~ app[1a2b]::main::{closure#3}), ..)}).
 */
public final class ClosureKeys {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<Integer, Expr.Closure> closures = new HashMap<>();
    /** Def paths count only when they name a closure of the source, or when no type names closures by span. */
    private boolean defPathsOnlyFromSource;
    /** Where the build's debug info places closures named by def path ({@code app::main::{closure#3}} -> {@code src/main.rs:40}). */
    private final Map<String, String> placed;

    public ClosureKeys() {
        this(Map.of());
    }

    /** @param placed where debug info puts closures named by def path, as {@code file:line} */
    public ClosureKeys(Map<String, String> placed) {
        this.placed = placed;
    }

    /** The id of a closure or async block of the source, known by its start and by its def path. */
    public int idOf(Expr.Closure c) {
        String at = c.header().file().path() + ":" + c.header().line() + ":" + c.header().column();
        Integer known = ids.get(at);
        if (known == null) {
            known = ids.get(c.defPath());
        }
        if (known == null) {
            known = names.size();
            names.add(at);
            closures.put(known, c);
        }
        ids.put(at, known);
        ids.put(c.defPath(), known);
        return known;
    }

    /** The source closure behind an id, or null when it was only seen in a type. */
    public Expr.Closure closure(int id) {
        return closures.get(id);
    }

    /** {@code src/main.rs:12:14}: where the closure starts. */
    public String name(int id) {
        return names.get(id);
    }

    /**
     * Def paths name a closure only when the source says which one. Used when spans name the closures
     * too: a self-profile's {@code Closure(DefId(..))} with its captured types is another view of a
     * composition the spans show, and two names for one closure would split it in two.
     */
    public void defPathsOnlyFromSource() {
        defPathsOnlyFromSource = true;
    }

    /** True when a type node is a closure printed with a span in the user's code. */
    public static boolean isUserSpan(Ty t) {
        return t.kind() == TyKind.CLOSURE && SourceSpan.of(t).filter(SourceSpan::isUserCode).isPresent();
    }

    /**
     * The id of the user closure a type node is, or -1: a closure printed with a span in the user's code
     * (relative path), or a {@code Closure(DefId(0:..))} of the local crate.
     */
    public int idOf(Ty t) {
        if (t.kind() == TyKind.CLOSURE) {
            Optional<SourceSpan> span = SourceSpan.of(t).filter(SourceSpan::isUserCode);
            if (span.isEmpty()) {
                return -1;
            }
            return id(span.get().file() + ":" + span.get().line() + ":" + span.get().column());
        }
        String path = localDefPath(t);
        if (path == null) {
            return -1;
        }
        if (defPathsOnlyFromSource) {
            Integer known = ids.get(path);
            return known == null || !closures.containsKey(known) ? -1 : known;
        }
        return id(path);
    }

    private int id(String key) {
        Integer known = ids.get(key);
        if (known != null) {
            return known;
        }
        int id = names.size();
        names.add(placed.getOrDefault(key, key));
        ids.put(key, id);
        return id;
    }

    private static final java.util.Set<String> CLOSURE_WRAPPERS = java.util.Set.of("Closure", "Coroutine", "CoroutineClosure");

    /** {@code Closure(DefId(0:179 ~ app[06da]::main::{closure#0}), [..])} -> {@code app::main::{closure#0}}. */
    static String localDefPath(Ty t) {
        if (t.kind() != TyKind.CALL || !CLOSURE_WRAPPERS.contains(t.name()) || t.childCount() == 0) {
            return null;
        }
        Ty defId = t.child(0);
        if (defId.kind() != TyKind.CALL || !defId.name().equals("DefId") || defId.childCount() != 1) {
            return null;
        }
        Ty seq = defId.child(0);
        if (seq.kind() != TyKind.SEQ || seq.childCount() < 2 || !seq.child(0).name().equals("0")) {
            return null;
        }
        Ty path = seq.child(seq.childCount() - 1);
        return path.kind() == TyKind.PATH ? TypePrinter.stripHashes(path.name()) : null;
    }
}
