package dev.typeheat.advice;

import dev.typeheat.input.Cost;
import dev.typeheat.types.Ty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All types of a run, joined by identity (see {@link TypeRecord}). */
public final class TypeTable {
    private final Map<Ty, TypeRecord> records = new LinkedHashMap<>();

    public void add(Ty type, Evidence where, Cost cost, String trait) {
        records.computeIfAbsent(type, TypeRecord::new).add(where, cost, trait);
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
        java.util.Set<Ty> inner = new java.util.HashSet<>();
        java.util.Set<Ty> visited = new java.util.HashSet<>();
        for (Ty root : records.keySet()) {
            java.util.ArrayDeque<Ty> stack = new java.util.ArrayDeque<>();
            for (int i = 0; i < root.childCount(); i++) {
                stack.push(root.child(i));
            }
            while (!stack.isEmpty()) {
                Ty t = stack.pop();
                if (records.containsKey(t)) {
                    inner.add(t);
                }
                if (!visited.add(t)) {
                    continue;
                }
                for (int i = 0; i < t.childCount(); i++) {
                    stack.push(t.child(i));
                }
            }
        }
        List<TypeRecord> out = new ArrayList<>();
        for (TypeRecord r : records.values()) {
            if (!inner.contains(r.type())) {
                out.add(r);
            }
        }
        return out;
    }
}
