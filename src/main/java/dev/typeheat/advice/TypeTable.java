package dev.typeheat.advice;

import dev.typeheat.input.Cost;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TyWalk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All types of a run, joined by identity (see {@link TypeRecord}). */
public final class TypeTable {
    private final Map<Ty, TypeRecord> records = new LinkedHashMap<>();
    /** {@link #outermost()} until the next add: the findings and the diff both ask. */
    private List<TypeRecord> outermost;

    public void add(Ty type, Evidence where, Cost cost, String trait) {
        records.computeIfAbsent(type, TypeRecord::new).add(where, cost, trait);
        outermost = null;
    }

    public Collection<TypeRecord> records() {
        return records.values();
    }

    public TypeRecord get(Ty type) {
        return records.get(type);
    }

    public int size() {
        return records.size();
    }

    /**
     * Records whose type is not inside another recorded type's tree are the ones findings talk about;
     * a type that only ever appears within a bigger one is covered by that one.
     */
    public List<TypeRecord> outermost() {
        if (outermost != null) {
            return outermost;
        }
        // one walk over all recorded types: a recorded type that is a child of any node lies inside another
        java.util.Set<Ty> inner = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Ty t : TyWalk.childrenFirst(records.keySet())) {
            for (int i = 0; i < t.childCount(); i++) {
                if (records.containsKey(t.child(i))) {
                    inner.add(t.child(i));
                }
            }
        }
        List<TypeRecord> out = new ArrayList<>();
        for (TypeRecord r : records.values()) {
            if (!inner.contains(r.type())) {
                out.add(r);
            }
        }
        outermost = List.copyOf(out);
        return outermost;
    }
}
