package dev.typeheat.advice.lint;

import dev.typeheat.advice.Finding;
import dev.typeheat.advice.TypeRecord;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges findings per place: one per source place, else per building function, else per type. */
public final class Places {
    private Places() {
    }

    /** The places, costliest first; the findings of each keep their order (worst first). */
    public static List<PlaceFinding> merge(List<Finding> findings) {
        Map<String, List<Finding>> byPlace = new LinkedHashMap<>();
        Map<TypeRecord, String> typeKeys = new IdentityHashMap<>();
        for (Finding f : findings) {
            String key = f.location() != null ? "at " + f.location()
                    : f.function() != null ? "in " + f.function()
                    : typeKeys.computeIfAbsent(f.record(), r -> "type " + typeKeys.size());
            byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<PlaceFinding> out = new ArrayList<>();
        for (List<Finding> here : byPlace.values()) {
            Finding first = here.get(0);
            out.add(new PlaceFinding(first.location(), first.location() == null ? first.function() : null, List.copyOf(here)));
        }
        out.sort(PlaceFinding.COSTLIEST_FIRST);
        return out;
    }
}
