package dev.typeheat.types;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An immutable node of a Rust type tree. Nodes are hash-consed by an {@link Interner}: two structurally
 * equal subtrees are the same object, so a type is a DAG and {@code ==} is structural equality.
 * Children are always interned before their parent, so {@link #id()} increases from leaves to roots:
 * sorting nodes by id is a topological order.
 */
public final class Ty {
    /** This node or text under it was cut short or damaged in the input. */
    public static final int TRUNCATED = 1;
    /** Generic arguments were written with a turbofish ({@code path::<A>}). */
    public static final int TURBOFISH = 1 << 1;
    /** The list ended with a comma ({@code (A,)}). */
    public static final int TRAILING_COMMA = 1 << 2;
    /** A path with an empty generic argument list ({@code Foo<>}). */
    public static final int EMPTY_ARGS = 1 << 3;
    /** PATH: the first child is the type this path continues. */
    public static final int HAS_BASE = 1 << 4;
    /** FN / CALL: a return type follows the parameters. */
    public static final int HAS_RETURN = 1 << 5;
    /** FN: the last child is the fn item's path ({@code fn() {foo}}). */
    public static final int HAS_ITEM = 1 << 6;
    /** CLOSURE printed with square brackets (older rustc). */
    public static final int SQUARE = 1 << 7;
    /** LIST without brackets (several comma-separated items at top level). */
    public static final int BARE = 1 << 8;
    /** PATH written with a leading {@code ::}. */
    public static final int LEADING_COLONS = 1 << 9;

    private static final Ty[] NONE = new Ty[0];

    private final TyKind kind;
    private final String name;
    private final Ty[] children;
    private final int flags;
    private final int hash;
    private int id = -1;

    Ty(TyKind kind, String name, Ty[] children, int flags) {
        this.kind = kind;
        this.name = name == null ? "" : name;
        this.children = children == null || children.length == 0 ? NONE : children;
        this.flags = flags;
        int h = kind.hashCode() * 31 + this.name.hashCode();
        h = h * 31 + flags;
        for (Ty c : this.children) {
            h = h * 31 + System.identityHashCode(c);
        }
        this.hash = h;
    }

    public TyKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public int flags() {
        return flags;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** True when this node itself is marked truncated (see {@link dev.typeheat.measure.Metrics} for the whole tree). */
    public boolean truncated() {
        return has(TRUNCATED);
    }

    public int childCount() {
        return children.length;
    }

    public Ty child(int i) {
        return children[i];
    }

    public List<Ty> children() {
        return Collections.unmodifiableList(Arrays.asList(children));
    }

    /** A number unique within the interner, smaller for children than for their parents. */
    public int id() {
        return id;
    }

    void assignId(int id) {
        this.id = id;
    }

    /** How many generic arguments a PATH has (0 for other kinds), without building the list. */
    public int genericArgCount() {
        if (kind != TyKind.PATH) {
            return 0;
        }
        return has(HAS_BASE) ? children.length - 1 : children.length;
    }

    /** The generic arguments of a PATH (its children without the base). */
    public List<Ty> genericArgs() {
        if (kind != TyKind.PATH) {
            return List.of();
        }
        int from = has(HAS_BASE) ? 1 : 0;
        return children().subList(from, children.length);
    }

    /** The base of a PATH with {@link #HAS_BASE}, else null. */
    public Ty base() {
        return kind == TyKind.PATH && has(HAS_BASE) ? children[0] : null;
    }

    /** Structural equality over interned children (children compared by identity). */
    boolean sameShape(Ty o) {
        if (o.kind != kind || o.flags != flags || o.hash != hash || o.children.length != children.length
                || !o.name.equals(name)) {
            return false;
        }
        for (int i = 0; i < children.length; i++) {
            if (o.children[i] != children[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Ty && sameShape((Ty) o));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The type in rustc's spelling, with crate hashes. */
    @Override
    public String toString() {
        return TypePrinter.WITH_HASHES.print(this);
    }
}
