package dev.typeheat.types;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A memo from nodes to values, by identity, kept in arrays indexed by {@link Ty#id()}: the walks over a
 * type a million nodes large ask it several times per node, and an array slot costs neither a hash nor
 * an entry. Ids are unique within one {@link Interner} only, so a slot remembers which node owns it; a
 * node of another interner whose id is taken goes to a plain identity map instead (never a wrong answer).
 * Null values are not stored. Not thread-safe.
 */
public final class NodeMap<V> {
    private Ty[] keys = new Ty[64];
    private Object[] values = new Object[64];
    private Map<Ty, V> others;

    public boolean containsKey(Ty t) {
        return get(t) != null;
    }

    @SuppressWarnings("unchecked")
    public V get(Ty t) {
        int id = t.id();
        if (id < keys.length && keys[id] == t) {
            return (V) values[id];
        }
        return others == null ? null : others.get(t);
    }

    public void put(Ty t, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value");
        }
        int id = t.id();
        if (id >= keys.length) {
            int size = Math.max(id + 1, keys.length * 2);
            keys = Arrays.copyOf(keys, size);
            values = Arrays.copyOf(values, size);
        }
        if (keys[id] == null || keys[id] == t) {
            keys[id] = t;
            values[id] = value;
        } else {
            if (others == null) {
                others = new IdentityHashMap<>();
            }
            others.put(t, value);
        }
    }
}
