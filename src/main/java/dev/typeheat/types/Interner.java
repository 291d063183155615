package dev.typeheat.types;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hash-consing: returns one shared {@link Ty} per distinct structure. Thread-safe.
 * Ids are handed out in creation order, so children always have smaller ids than parents.
 */
public final class Interner {
    private static final Ty[] NONE = new Ty[0];
    private final ConcurrentHashMap<Ty, Ty> nodes = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger();

    /** Creates (or finds) the node; {@code children} must already be interned here. */
    public Ty intern(TyKind kind, String name, Ty[] children, int flags) {
        // One look-up whether the node is new or not (a type a million deep interns a million nodes);
        // the id is set before the node becomes visible, and only for a node that is new
        return nodes.computeIfAbsent(new Ty(kind, name, children, flags), fresh -> {
            fresh.assignId(nextId.getAndIncrement());
            return fresh;
        });
    }

    public Ty leaf(TyKind kind, String name) {
        return intern(kind, name, null, 0);
    }

    /** {@link #intern} for the tree builders, which collect children in lists. */
    Ty node(TyKind kind, String name, List<Ty> children, int flags) {
        return intern(kind, name, children.isEmpty() ? null : children.toArray(NONE), flags);
    }

    /** Stands where the parser found no type (the text was cut or damaged there). */
    Ty missing() {
        return intern(TyKind.ELIDED, "", null, Ty.TRUNCATED);
    }

    /** Returns the same node with {@code flag} added. */
    public Ty withFlag(Ty t, int flag) {
        if (t.has(flag)) {
            return t;
        }
        return intern(t.kind(), t.name(), t.children().toArray(new Ty[0]), t.flags() | flag);
    }

    /** How many distinct nodes exist. */
    public int size() {
        return nodes.size();
    }

    /** One past the largest id handed out. */
    public int idLimit() {
        return nextId.get();
    }
}
