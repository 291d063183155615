package dev.typeheat.types;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hash-consing: returns one shared {@link Ty} per distinct structure. Thread-safe.
 * Ids are handed out in creation order, so children always have smaller ids than parents.
 */
public final class Interner {
    private static final Ty[] NONE = new Ty[0];
    /** Parsing threads may share an interner: each stripe of the table has its own lock. */
    private static final int STRIPES = 16;
    private final Stripe[] stripes = new Stripe[STRIPES];
    private final AtomicInteger nextId = new AtomicInteger();

    public Interner() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe();
        }
    }

    /** Creates (or finds) the node; {@code children} must already be interned here. */
    public Ty intern(TyKind kind, String name, Ty[] children, int flags) {
        Ty fresh = new Ty(kind, name, children, flags);
        int h = mix(fresh);
        return stripes[h & (STRIPES - 1)].intern(fresh, h >>> 4, nextId);
    }

    /** The node's hash spread over all bits: the low ones pick the stripe, the rest the slot. */
    private static int mix(Ty t) {
        int h = t.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
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
        int size = 0;
        for (Stripe s : stripes) {
            size += s.size();
        }
        return size;
    }

    /** One past the largest id handed out. */
    public int idLimit() {
        return nextId.get();
    }

    /**
     * One part of the table: open addressing over the nodes themselves (a type a million deep interns a
     * million nodes; a map would add an entry object per node for the collector to copy).
     */
    private static final class Stripe {
        private Ty[] slots = new Ty[16];
        private int size;

        /** The node equal to {@code fresh}, else {@code fresh} with the next id (set before another thread sees it). */
        synchronized Ty intern(Ty fresh, int hash, AtomicInteger ids) {
            int mask = slots.length - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask) {
                Ty t = slots[i];
                if (t == null) {
                    fresh.assignId(ids.getAndIncrement());
                    slots[i] = fresh;
                    if (2 * ++size > slots.length) {
                        grow();
                    }
                    return fresh;
                }
                if (t.equals(fresh)) {
                    return t;
                }
            }
        }

        synchronized int size() {
            return size;
        }

        private void grow() {
            Ty[] old = slots;
            slots = new Ty[old.length * 2];
            int mask = slots.length - 1;
            for (Ty t : old) {
                if (t != null) {
                    int i = (mix(t) >>> 4) & mask;
                    while (slots[i] != null) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = t;
                }
            }
        }
    }
}
